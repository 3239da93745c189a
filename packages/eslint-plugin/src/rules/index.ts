import noAdvancedMatching from './no-advanced-matching.js';
import noHealthEventNames from './no-health-event-names.js';
import noHealthEventProperties from './no-health-event-properties.js';
import noHealthPageTriggers from './no-health-page-triggers.js';
import noTrackingPixel from './no-tracking-pixel.js';

export const rules = {
  'no-advanced-matching': noAdvancedMatching,
  'no-health-event-names': noHealthEventNames,
  'no-health-event-properties': noHealthEventProperties,
  'no-health-page-triggers': noHealthPageTriggers,
  'no-tracking-pixel': noTrackingPixel,
};
