// The <qoldau-*> tags in GlobalComponents (vue-tsc --strictTemplates).
import type {} from 'qoldau/vue';
