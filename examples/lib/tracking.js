// Marketing helpers used by the checkout and lab-order flows.
// Everything here runs in the browser after the GTM container and the Meta pixel have loaded.

export const META_PIXEL_ID = '1234567890123456';

// Event names, kept in one table so marketing can rename them without touching the flows.
export const EVENTS = {
  intakeStarted: 'therapy_intake_started',
  weeklyPlanPaid: 'Paid: Weekly Therapy',
  checkoutCompleted: 'checkout_completed',
};

// Re-initialise the pixel with the signed-in patient so Meta can match them ("advanced matching").
export function identifyPatient(patient) {
  const em = patient.email.trim().toLowerCase();
  const ph = patient.phone.replace(/\D/g, '');
  fbq('init', META_PIXEL_ID, { em, ph });
}

export function trackIntakeStarted() {
  fbq('trackCustom', EVENTS.intakeStarted);
}

export function trackWeeklyTherapyPaid(amount) {
  fbq('trackCustom', 'Paid: Weekly Therapy', { value: amount, currency: 'USD' });
}

export function trackServiceViewed(service, isSpecialist) {
  fbq('track', 'ViewContent', {
    content_category: isSpecialist ? 'Oncology' : 'Services',
    content_name: 'Acne treatment plan',
    content_ids: [service.id],
  });
}

export function trackLabOrder(order) {
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'hiv_test_order', order_id: order.id, value: order.total });
  window.dataLayer.push({ event: EVENTS.checkoutCompleted, order_id: order.id });
}
