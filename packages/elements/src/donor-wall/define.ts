// Registers <qoldau-donor-wall> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauDonorWall } from './donor-wall.js';

defineElement('qoldau-donor-wall', QoldauDonorWall);

export { QoldauDonorWall };
