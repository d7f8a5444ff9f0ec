// Registers <qoldau-donation-progress> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauDonationProgress } from './donation-progress.js';

defineElement('qoldau-donation-progress', QoldauDonationProgress);

export { QoldauDonationProgress };
