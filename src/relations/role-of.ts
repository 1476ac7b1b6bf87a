// A role of a place or body: "ADUN [Salor] itu", "anggota parlimen [Kota Bharu]", "bekas
// presiden [Umno] itu", "hos televisyen [Amerika]". The place or body only says whose role it
// is; the one meant is the person holding it (resolved as a role: the person named with that
// title before, else the one speaking). Not a title before a name ("Menteri Luar [Korea Utara],
// Choe"): that place is a title modifier and the name after it is the subject.
import { type Doc, is, norm, ROLE } from './doc.js';
import { isTitleModifier } from './refer.js';

/** Words of the house a member sits in, inside a role: "ahli parlimen", "anggota dewan undangan negeri". */
const SEAT: ReadonlySet<string> = new Set(['parlimen', 'dewan', 'undangan', 'negeri', 'rakyat']);

/** Role words read back from the place or body. */
const MAX_ROLE_WORDS = 4;

/** The first token of the role words right before the non-person entity e, when e names whose role it is (no name after); else undefined. */
export function roleOf(d: Doc, e: number): number | undefined {
  if (d.entities[e]!.label === 'PER' || isTitleModifier(d, e)) return undefined;
  const st = d.entStart[e]!;
  let h = st;
  // "ahli parlimen X", "anggota Dewan Undangan Negeri X": the house a member sits in is part of the role
  const roleWord = (k: number): boolean => is(d, ROLE, k) || (SEAT.has(norm(d, k)) && k - 1 >= 0 && d.entAt[k - 1] === -1);
  while (h - 1 >= 0 && h > st - MAX_ROLE_WORDS - 1 && d.entAt[h - 1] === -1 && roleWord(h - 1)) h--;
  // the role's first word must be a role noun ("parlimen X" alone is the house)
  while (h < st && !is(d, ROLE, h)) h++;
  if (h === st || d.sentOf[h] !== d.sentOf[st]) return undefined;
  return h;
}
