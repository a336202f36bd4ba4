export { quantities } from './stage.js';
export { findQuantities, type FindQuantitiesOptions } from './find.js';
export { attach, type AttachInput } from './attach.js';
export { quantitiesWithin } from './lookup.js';
export { UNIT_FORMS, type UnitForm } from './units.js';
