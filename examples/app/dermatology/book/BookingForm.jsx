'use client';

import { useState } from 'react';
import { bookAppointment } from '../../../lib/api';

// Booking form on /dermatology/book. After the visit is booked, marketing wanted the
// conversion in TikTok and Google Ads, with advanced matching "for better attribution".
export default function BookingForm({ clinicianId, slot }) {
  const [email, setEmail] = useState('');
  const [phone_number, setPhoneNumber] = useState('');
  const [status, setStatus] = useState('idle');

  async function handleSubmit(event) {
    event.preventDefault();
    setStatus('submitting');
    const appointment = await bookAppointment({ clinicianId, slot, email, phone: phone_number });

    ttq.identify({ email, phone_number });
    window.ttq?.track('booked_dermatology_appointment');
    gtag('set', 'user_data', { email: email.trim().toLowerCase(), phone_number });
    gtag('event', 'conversion', { send_to: 'AW-123456789/AbC-D_efG-h12', transaction_id: appointment.id });

    setStatus('booked');
  }

  return (
    <form onSubmit={handleSubmit} aria-busy={status === 'submitting'}>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        Mobile phone
        <input type="tel" value={phone_number} onChange={(e) => setPhoneNumber(e.target.value)} />
      </label>
      <button type="submit" disabled={status === 'submitting'}>
        Book dermatology visit
      </button>
      {status === 'booked' && <p role="status">You are booked. Check your email for the video link.</p>}
    </form>
  );
}
