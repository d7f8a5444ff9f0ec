// Registers <qoldau-event-signup> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauEventSignup } from './event-signup.js';

defineElement('qoldau-event-signup', QoldauEventSignup);

export { QoldauEventSignup };
