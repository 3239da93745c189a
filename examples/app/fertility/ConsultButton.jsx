'use client';
// The fertility clinic's consult button. Its analytics go through the site's own helper.
import { trackEvent } from '../../lib/gtm';

export function ConsultButton({ clinicId }) {
  const onClick = () => {
    trackEvent('ivf_consult_booked', { clinic_id: clinicId, service: 'Egg freezing' });
  };
  return (
    <button type="button" onClick={onClick}>
      Book a consult
    </button>
  );
}
