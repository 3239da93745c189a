'use client';

import { useEffect, useState } from 'react';
import ReactPixel from 'react-facebook-pixel';
import { startSubscription, type TherapyPlan } from '../../../lib/api';
import { META_PIXEL_ID, trackWeeklyTherapyPaid } from '../../../lib/tracking';

interface CheckoutButtonProps {
  plan: TherapyPlan;
  patientEmail: string;
}

// Checkout for the weekly therapy subscription (the pattern in FTC v. Monument / BetterHelp).
export function CheckoutButton({ plan, patientEmail }: CheckoutButtonProps) {
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ReactPixel.init(META_PIXEL_ID, { em: patientEmail } as never, { autoConfig: true, debug: false });
    ReactPixel.pageView();
  }, [patientEmail]);

  async function onCheckout(): Promise<void> {
    setBusy(true);
    const subscription = await startSubscription(plan.id);
    ReactPixel.trackCustom('therapy_subscription_started', { plan: plan.slug });
    trackWeeklyTherapyPaid(subscription.amount);
    setBusy(false);
  }

  return (
    <button type="button" onClick={() => void onCheckout()} disabled={busy}>
      Start {plan.name} — ${plan.pricePerWeek}/week
    </button>
  );
}
