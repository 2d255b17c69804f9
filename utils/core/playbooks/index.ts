// The built-in playbooks (docs: ../../../docs/script-format.md), in the order of docs/domain.md.
// `npm run --silent check-script -- --all-builtin` lints every one.
import type { Script } from '../script/schema';
import { dealerVisitFollowup } from './dealer-visit-followup';
import { insuranceHesitation } from './insurance-hesitation';
import { powerCallback } from './power-callback';
import { softwareCheckin } from './software-checkin';
import { travelCallbacks } from './travel-callbacks';
import { wealthComplaintFollowup } from './wealth-complaint-followup';
import { wealthContinuous } from './wealth-continuous';
import { wealthNewContract } from './wealth-new-contract';
import { wealthTermination } from './wealth-termination';

export {
  dealerVisitFollowup,
  insuranceHesitation,
  powerCallback,
  softwareCheckin,
  travelCallbacks,
  wealthComplaintFollowup,
  wealthContinuous,
  wealthNewContract,
  wealthTermination,
};

export const builtinPlaybooks: Script[] = [
  softwareCheckin,
  wealthNewContract,
  wealthContinuous,
  wealthComplaintFollowup,
  wealthTermination,
  insuranceHesitation,
  travelCallbacks,
  powerCallback,
  dealerVisitFollowup,
];
