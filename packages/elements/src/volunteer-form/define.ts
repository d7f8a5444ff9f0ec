// Registers <qoldau-volunteer-form> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauVolunteerForm } from './volunteer-form.js';

defineElement('qoldau-volunteer-form', QoldauVolunteerForm);

export { QoldauVolunteerForm };
