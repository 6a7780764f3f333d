/**
 * The AI's reading of a delegation's persona from the scenario: how much it cares about each issue,
 * the commission and tension, how much risk it takes, how readily it concedes, and its red lines.
 * Scenario content is public, so a delegation may read the other side's persona too (as a player
 * could read the scenario file).
 */
import type { CompiledScenario, IssueId, SeatId } from '../engine/types';
import type { RedLine } from '../scenario/schema';

export interface PersonaProfile {
  seat: SeatId;
  other: SeatId;
  /** The delegation's full name, for the log ("United States delegation"). */
  delegationName: string;
  name: string;
  issueWeights: Readonly<Record<IssueId, number>>;
  /** Value of one step of the commission track (a convened session is a venue for formal decisions). */
  commissionWeight: number;
  /** How much one point of tension hurts this delegation. */
  tensionAversion: number;
  riskTolerance: number;
  concede: number;
  redLines: readonly RedLine[];
}

// Without a "commission" weight, a step towards a session is worth this much.
const DEFAULT_COMMISSION_WEIGHT = 0.5;
// Tension aversion when the persona gives no "tension" weight: a cautious delegation (risk 0) pays this much per point.
const DEFAULT_TENSION_AVERSION = 1;

const cache = new WeakMap<CompiledScenario, Map<SeatId, PersonaProfile>>();
const scoringCache = new WeakMap<CompiledScenario, Map<SeatId, PersonaProfile>>();

/**
 * The delegation as the score sees it: the scoring table's issue weights, no value for the
 * commission track and no tension aversion of its own. The expert judges where its rollouts end
 * with this profile: it plays to score, while its candidate moves still come from its persona.
 */
export function scoringProfileFor(compiled: CompiledScenario, seat: SeatId): PersonaProfile {
  let bySeat = scoringCache.get(compiled);
  if (!bySeat) {
    bySeat = new Map(compiled.seats.map((id) => [id, scoringProfile(compiled, personaFor(compiled, id))]));
    scoringCache.set(compiled, bySeat);
  }
  return bySeat.get(seat) ?? personaFor(compiled, seat);
}

function scoringProfile(compiled: CompiledScenario, persona: PersonaProfile): PersonaProfile {
  const issueWeights: Record<IssueId, number> = {};
  for (const issue of compiled.scenario.issues) issueWeights[issue.id] = issue.weights[persona.seat] ?? 0;
  return { ...persona, issueWeights, commissionWeight: 0, tensionAversion: 0 };
}

export function personaFor(compiled: CompiledScenario, seat: SeatId): PersonaProfile {
  let bySeat = cache.get(compiled);
  if (!bySeat) {
    bySeat = new Map(compiled.seats.map((id) => [id, readPersona(compiled, id)]));
    cache.set(compiled, bySeat);
  }
  const profile = bySeat.get(seat);
  if (!profile) throw new Error(`the scenario has no delegation "${seat}"`);
  return profile;
}

function readPersona(compiled: CompiledScenario, seat: SeatId): PersonaProfile {
  const { scenario } = compiled;
  const delegation = scenario.delegations.find((d) => d.id === seat);
  if (!delegation) throw new Error(`the scenario has no delegation "${seat}"`);
  const { persona } = delegation;
  const issueWeights: Record<IssueId, number> = {};
  for (const issue of scenario.issues) {
    issueWeights[issue.id] = persona.weights[issue.id] ?? issue.weights[seat] ?? 0;
  }
  return {
    seat,
    other: compiled.seats.find((id) => id !== seat) ?? seat,
    delegationName: delegation.name,
    name: persona.name,
    issueWeights,
    commissionWeight: persona.weights.commission ?? DEFAULT_COMMISSION_WEIGHT,
    tensionAversion: persona.weights.tension ?? DEFAULT_TENSION_AVERSION * (1 - persona.riskTolerance),
    riskTolerance: persona.riskTolerance,
    concede: persona.concede,
    redLines: persona.redLines,
  };
}
