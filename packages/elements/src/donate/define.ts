// Registers <qoldau-donate> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauDonate } from './donate.js';

defineElement('qoldau-donate', QoldauDonate);

export { QoldauDonate };
