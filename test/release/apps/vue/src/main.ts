import { createApp } from 'vue';
import 'qoldau';
import App from './App.vue';

createApp(App).mount('#root');
