// The generic extractor on the held-out CRM pages (tests/fixtures/holdout/README.md), in real Chromium, per frame:
// fails when this checkout scores below what the extractor first scored on them, before any fix made after seeing
// them (docs/benchmarks.md, "Generalisation"). Pages whose own scripts change them over time (volatile) are left
// out: no timing here. Each round keeps its own floor, so a gain on one round cannot hide a loss on another.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test, { before } from 'node:test';

const HOLDOUT = 'tests/fixtures/holdout';

// Raise these as the extractor improves; never lower them.
// Session 14's merged tree (7612eee) raised rounds 1-4, 8, 10, 12-14 (stable figures in docs/benchmarks.md); the
// floors of rounds 4 and 14 keep one field's margin below them. Session 15's (fc16a97) raised round 15 (opened) and
// round 12 (0 wrong). Session 16's (f8d5546) raised rounds 4, 9 and 14 and round 16 (opened), each a field's margin
// below its stable figure.
const GATES = [
  {
    // Frozen-first score of f5d75c2 on these pages (stable ones): 185 / 306 fields right (60.5 %), 10 wrong,
    // 3 invented, 15 / 15 no-customer pages right. Since e1ab5d7 (general-class fixes, tuned on these pages,
    // docs/benchmarks.md): 269 / 306 (87.9 %), 1 wrong, 3 invented, 15 / 15. Round-5 classes (next session):
    // 280 / 314 (89.2 %), 1 wrong, 3 invented, 15 / 15; side columns and summary cards: 283 / 314 (90.1 %).
    // Round-7 classes: 287 / 314 (91.4 %; stable pages 280 / 306, 91.5 %), 1 wrong, 3 invented, 15 / 15.
    // Round-9 classes (SugarCRM's module badge before the name): 289 / 314 (92.0 %; stable 282 / 306, 92.2 %), 0 wrong.
    // Session 10, the generic reader reads no hidden tab (ERPNext's Contact & Address tab): 0 invented.
    // Session 13 (fields: owners by assignment and trade, products named like labels, the company under a head
    // line): 285 / 306 (93.1 %), 0 wrong, 0 invented, 15 / 15.
    // With its URL ids, addresses, typed numbers and codes: 289 / 306 (94.4 %), 0 wrong, 0 invented.
    name: 'rounds 1 and 2 + live Dolibarr',
    dirs: ['round1', 'round2', 'dolibarr-live'],
    minAccuracy: '96',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '15',
  },
  {
    // Frozen-first score of round 3 (written blind in the next session) on main's HEAD at the time (4ec4860): 96 / 222
    // fields right (43.2 %), 9 wrong, 1 invented, 11 / 11 no-customer pages right.
    // Since 5e15b52 (reader's round-3 classes, tuned on these pages): 183 / 222 (82.4 %), 3 wrong, 0 invented, 11 / 11.
    // Round-4 classes (next stop): 186 / 222 (83.8 %), 2 wrong, 0 invented, 11 / 11. Round-5 classes (a section
    // title over its own labelled rows is no value): 186 / 222 (83.8 %), 1 wrong, 0 invented, 11 / 11; then 188 / 222
    // (84.7 %), 1 wrong. Round-7 classes: 196 / 222 (88.3 %), 1 wrong, 0 invented, 11 / 11.
    // Session 13 (fields): 202 / 222 (91.0 %), 0 wrong, 0 invented, 11 / 11.
    // With its URL ids, addresses, typed numbers and codes: 203 / 222 (91.4 %), 0 wrong, 0 invented.
    name: 'round 3',
    dirs: ['round3'],
    minAccuracy: '91',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '11',
  },
  {
    // Frozen-first score of round 4 (written blind in the stop after round 3) on main's HEAD before anyone saw the pages
    // (4896e8b): 117 / 242 fields right (48.3 %), 11 wrong, 0 invented, 11 / 11 no-customer pages right. Raised to the
    // second blind score, main's HEAD at 04:10 (5e15b52): 145 / 242 (59.9 %), 10 wrong, 0 invented, 11 / 11.
    // Then opened and fixed by class (next stop): wrong values 165 / 242 (68.2 %), 0 wrong; then bare-text labels
    // before inputs and help-desk users with customer fields: 179 / 242 (74.0 %), 0 wrong, 0 invented, 11 / 11.
    // Round-5 classes (next session): 186 / 242 (76.9 %), 0 wrong, 0 invented, 11 / 11. Round-7 classes: 192 / 242
    // (79.3 %), 0 wrong, 0 invented, 11 / 11. Round-8 misses: 195 / 242 (80.6 %), 0 wrong, 0 invented, 11 / 11.
    // Session 13 (fields): 204 / 242 (84.3 %), 0 wrong, 0 invented, 11 / 11.
    // With its URL ids, addresses, typed numbers and codes: 206 / 242 (85.1 %), 0 wrong, 0 invented.
    name: 'round 4',
    dirs: ['round4'],
    minAccuracy: '88',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '11',
  },
  {
    // Frozen-first score of round 5 (written blind in the stop after round 4) on main's HEAD at 07:30 UTC, before anyone
    // but its author saw the pages (7eb347f): 148 / 275 fields right (53.8 %), 12 wrong, 1 invented, 10 / 10
    // no-customer pages right. Then opened and fixed by class (next session, tuned: round 5 was read): wrong values,
    // codes under the record kind's word, Dutch/German/Taiwanese words: 217 / 275 (78.9 %), 2 wrong, 0 invented, 10 / 10;
    // side columns, summary cards, type tags (1a42ac5): 253 / 275 (92.0 %), 0 wrong, 0 invented, 10 / 10.
    // Round-7 classes: 255 / 275 (92.7 %), 0 wrong, 0 invented, 10 / 10. Round-8 misses (a frame shell's menu item no
    // label): 266 / 275 (96.7 %), 0 wrong, 0 invented, 10 / 10.
    // Session 13 (fields): 267 / 275 (97.1 %), 0 wrong, 0 invented.
    name: 'round 5',
    dirs: ['round5'],
    minAccuracy: '97',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '10',
  },
  {
    // Frozen-first score of round 6 (written blind in the next session) on main's HEAD at 09:53 UTC, before anyone but
    // its author saw the pages (49027b0): 199 / 308 fields right (64.6 %), 4 wrong, 2 invented, 11 / 11 no-customer
    // pages right; on the stable pages (the storm page left out) 193 / 301 (64.1 %), 4 wrong, 2 invented, 11 / 11.
    // Then opened and fixed by class (tuned: round 6 was read, e5f5686): 308 / 308, 0 wrong, 0 invented, 11 / 11.
    name: 'round 6',
    dirs: ['round6'],
    minAccuracy: '97',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '11',
  },
  {
    // Frozen-first score of round 7 (written blind in the next session) on main's HEAD at 13:15 UTC, before anyone but
    // its author saw the pages (bca6345): 260 / 335 fields right (77.6 %), 13 wrong, 3 invented, 12 / 12 no-customer
    // pages right; on the stable pages (the collaboration-storm page left out) 254 / 327 (77.7 %), 13 wrong, 3 invented.
    // Then opened and fixed by class (tuned: round 7 was read): 334 / 335 (99.7 %; stable pages 326 / 327), 0 wrong,
    // 1 invented (Kustomer's "Subscription start", a sign date on round 3's Copper page), 12 / 12. Round-9 classes (a
    // start date beside a running service's schedule is no sign date): 335 / 335, 0 invented.
    name: 'round 7',
    dirs: ['round7'],
    minAccuracy: '99',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 8 (written blind in the session after round 7) on main's HEAD at 16:25 UTC, before
    // anyone but its author saw the pages (33b0a9c, which holds the round-7 fixes): 189 / 315 fields right (60.0 %),
    // 15 wrong, 4 invented, 12 / 12 no-customer pages right; on the stable pages (the inbox-storm page left out)
    // 183 / 307 (59.6 %), 15 wrong, 3 invented, 12 / 12. Then opened and fixed by class (tuned: round 8 was read) —
    // misses, first part (frame shells, drawers and side panels, a caller's and a buyer's words): 228 / 315 (72.4 %;
    // stable pages 221 / 307), 15 wrong, 4 invented, 12 / 12; second part (icon-labelled lines, Nordic, Polish and
    // Indonesian words, name parts, owners and products in their own words, grid header rows): 257 / 315 (81.6 %;
    // stable pages 250 / 307, 81.4 %), 14 wrong, 4 invented, 12 / 12; third part (utility and factory words, a lone
    // mailto as evidence for the title): 262 / 315 (83.2 %; stable pages 255 / 307, 83.1 %), 14 wrong, 4 invented.
    // With the wrong-value classes (6078c90) on main 141dc1a: 277 / 315 (87.9 %; stable pages 270 / 307, 87.9 %),
    // 4 wrong, 4 invented (3 on the stable pages), 12 / 12. With the invented and glued classes (d578e09) on main
    // 1e1d2fd: 279 / 315 (88.6 %; stable pages 272 / 307, 88.6 %), 2 wrong, 1 invented (0 on the stable pages).
    // With round 10's classes (r10a: several "Label: <input>" pairs in one cell, VICIdial's address whole): 282 / 315
    // (89.5 %; stable 275 / 307, 89.6 %), 1 wrong (Filament's NDIS number vs the URL id), 1 invented (0 stable).
    // With session 12's general reading (world words, locale values, shapes; main a462ee0): stable 283 / 307 (92.2 %),
    // 1 wrong, 0 invented, 12 / 12.
    // Session 13 (fields): 286 / 307 stable (93.2 %), 1 wrong, 0 invented.
    name: 'round 8',
    dirs: ['round8'],
    minAccuracy: '94',
    maxWrong: '1',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 9 (written blind in the session after round 8) on main's HEAD at 19:30 UTC, before
    // anyone but its author saw the pages (ebb98bd, which holds the round-8 fixes): 259 / 349 fields right (74.2 %),
    // 12 wrong, 6 invented, 11 / 12 no-customer pages right; on the stable pages (the Gladly storm page left out)
    // 254 / 343 (74.1 %), 12 wrong, 6 invented, 11 / 12. Then opened and its wrong and invented values fixed by class
    // (reader, tuned: round 9 was read; main 101a67b): 276 / 349 (79.1 %; stable 271 / 343, 79.0 %), 0 wrong,
    // 0 invented, 12 / 12. With the round-9 miss rules too (reader2, integrated on main after the freeze): 333 / 349
    // (95.4 %; stable 327 / 343, 95.3 %), 0 wrong, 0 invented, 12 / 12.
    // Session 13 (fields): 332 / 343 (96.8 %), 0 wrong, 0 invented.
    name: 'round 9',
    dirs: ['round9'],
    minAccuracy: '97',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of the second set of live Dolibarr captures (tests/fixtures/holdout/README.md), scored on
    // main's HEAD 6e566eb before any change made after seeing them: 49 / 52 fields right (94.2 %), 3 wrong (the edit
    // form: the 准客户/客户 select's value as the name and company, the sales-rep tag's × glued to the name),
    // 0 invented, 4 / 4 no-customer pages right. With the edit-form classes (docs/adapters.md): 52 / 52, 0 wrong.
    name: 'live Dolibarr, second set',
    dirs: ['dolibarr-live-2'],
    minAccuracy: '100',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '4',
  },
  {
    // Frozen-first score of round 10 (written blind in the stop after round 9) on main's HEAD at 22:40 UTC, before
    // anyone but its author saw the pages (101a67b, which holds this session's round-9 fixes): 236 / 325 fields right
    // (72.6 %), 6 wrong, 2 invented, 11 / 12 no-customer pages right; on the stable pages (the Yunke storm page left
    // out) 227 / 316 (71.8 %), 6 wrong, 2 invented, 11 / 12. Then opened and its wrong and invented values and whole
    // records missed fixed by class (r10a, tuned: round 10 was read): 261 / 325 (80.3 %; stable 252 / 316, 79.7 %),
    // 1 wrong (Streak's box titled by the company, its Contact taken as the name), 0 invented, 12 / 12. With r10b's
    // misses by class and the lead's hidden-tab rule (e94f8b7): 306 / 325 (94.2 %; stable 297 / 316, 94.0 %), 1 wrong,
    // 0 invented, 12 / 12. Session 11: two truths changed (开户日期 / 立户日期 is no sign date, f5fab65) and round 11's
    // classes: main f546cb5, 306 / 323 (94.7 %; stable 297 / 314, 94.6 %), 1 wrong, 0 invented, 12 / 12.
    name: 'round 10',
    dirs: ['round10'],
    minAccuracy: '95',
    maxWrong: '1',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 11 (written blind in session 10) on main's HEAD at 00:54 UTC, before anyone but its
    // author saw the pages (f9daf03): 265 / 355 fields right (74.6 %), 13 wrong, 11 invented, 10 / 12 no-customer
    // pages right; on the stable pages (the JeecgBoot storm page left out) 255 / 345 (73.9 %), 13 wrong, 11 invented,
    // 10 / 12. Second blind score, main's HEAD at the session's end (e94f8b7: round 10's classes and the hidden-tab
    // rule, written without seeing round 11): 272 / 355 (76.6 %; stable 262 / 345, 75.9 %), 12 wrong, 5 invented,
    // 11 / 12. Then opened by the lead, four classes (tuned: round 11 was read): 276 / 355 (77.7 %; stable 266 / 345,
    // 77.1 %), 9 wrong, 4 invented, 12 / 12. With r11m's misses and r11w's wrong / invented classes (docs/adapters.md,
    // "Round 11 classes"), main 4cea5e1 + r11w: stable 338 / 345 (98.0 %), 0 wrong, 0 invented, 12 / 12.
    // Session 13 (fields): 342 / 345 (99.1 %), 0 wrong, 0 invented.
    name: 'round 11',
    dirs: ['round11'],
    minAccuracy: '99',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 12 (written blind in session 11) on main's HEAD at the freeze, 04:35 UTC, before
    // anyone but its author saw the pages (2452694): 189 / 280 fields right (67.5 %), 13 wrong, 3 invented, 12 / 12
    // no-customer pages right, after one truth correction (Raiser's Edge NXT's employer, shown under Relationships,
    // added as company: its value was counted invented, now wrong; as scored 189 / 279, 12 wrong, 4 invented); on the
    // stable pages (the Kuaishou storm page left out) 186 / 276 (67.4 %), 13 wrong, 3 invented, 12 / 12. Then its
    // wrong values fixed by class (r11w, tuned: round 12 was read; docs/adapters.md "Round 12 classes"): 197 / 280
    // (70.4 %; stable 194 / 276, 70.3 %), 5 wrong, 3 invented, 12 / 12.
    // With r11m's round-12 miss classes on top (main 2fd45a3): 232 / 280 (82.9 %; stable 228 / 276, 82.6 %), 4 wrong,
    // 3 invented, 12 / 12. Then the two "intended product" truths made consistent with rounds 1–11 (05772c6; the
    // frozen-first figure under them: 191 / 282, 13 wrong, 1 invented): main f546cb5, 234 / 282 (83.0 %; stable
    // 230 / 278, 82.7 %), 4 wrong, 1 invented, 12 / 12.
    // Session 13 (fields: Weidian's default shipping address, Yusys's 申请日期 before 核卡日期, URL ids, typed numbers):
    // stable 240 / 278 (86.3 %), 1 wrong, 1 invented. With whole's records read whole (eleme's modal, khatabook,
    // xiaohongshu, easystore's labelless card) merged (main 6a3bf67 + f271f59): stable 256 / 278 (92.1 %), 1 wrong,
    // 1 invented, 12 / 12.
    name: 'round 12',
    dirs: ['round12'],
    minAccuracy: '93',
    maxWrong: '0',
    maxInvented: '1',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 13 (written blind in session 12) on main's HEAD at the freeze, 07:34 UTC, before
    // anyone but its author saw the pages (9bcee33): 236 / 298 fields right (79.2 %), 6 wrong, 9 invented, 11 / 12
    // no-customer pages right, after one truth correction (the Channels shop buyer's current order: its goods and
    // order time added as product and signing date; the goods were counted invented; as scored 235 / 296, 6 wrong,
    // 10 invented); on the stable pages (the ride-hailing storm page left out) 236 / 294 (80.3 %), 6 wrong, 9 invented,
    // 11 / 12. Then its classes fixed (phone plans, settings pages, contact kinds, slot titles, 车型; tuned: round 13
    // was read; main a462ee0): 242 / 298 (81.2 %; stable 242 / 294, 82.3 %), 3 wrong, 1 invented, 12 / 12.
    // Session 13 (fields: owners, products, head-line companies): stable 246 / 294 (83.7 %), 3 wrong, 1 invented.
    // With its URL ids, addresses (Omie's Estado), typed numbers (Vben's 首选): 254 / 294 (86.4 %), 0 wrong, 1 invented.
    // With whole's records read whole (EasyUI, NutUI, the Ethiopian client) merged (main 6a3bf67): 269 / 294 (91.5 %),
    // 0 wrong, 1 invented, 12 / 12.
    name: 'round 13',
    dirs: ['round13'],
    minAccuracy: '93',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 14 (written blind in session 13) on main's HEAD at the freeze, 11:22 UTC, before
    // anyone but its author saw the pages (6a3bf67): 209 / 286 fields right (73.1 %), 16 wrong, 0 invented, 12 / 12
    // no-customer pages right (no truth corrected: every wrong value checked against its page); on the stable pages
    // (the gym check-in storm page left out) 204 / 279 (73.1 %), 16 wrong, 0 invented, 12 / 12. Session 14 opened it
    // (tuned: its classes fixed by the helpers ids, deals and places, merged at 7612eee): stable 266 / 279 (95.3 %),
    // 0 wrong, 0 invented, 12 / 12; the floor keeps one field's margin.
    name: 'round 14',
    dirs: ['round14'],
    minAccuracy: '96',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 15 (written blind in session 14) on main's HEAD at the freeze, 14:32 UTC, before
    // anyone but its author saw the pages (7612eee): 233 / 281 fields right (82.9 %), 8 wrong, 10 invented, 10 / 12
    // no-customer pages right; one truth corrected after it (Cafe24's address kept as its two displayed lines, the
    // bracketed postcode in the first): 234 / 281 (83.3 %), 7 wrong, 10 invented; on the stable pages (the car park's
    // entry / exit storm page left out) 234 / 276 (84.8 %), 7 wrong, 10 invented, 10 / 12.
    // Session 15 opened it (tuned: its classes fixed by the helpers values15 and records15; main fc16a97 at the freeze):
    // 263 / 281 (93.6 %), 0 wrong, 0 invented, 12 / 12; stable 258 / 276 (93.5 %), 0 wrong, 0 invented, 12 / 12.
    name: 'round 15',
    dirs: ['round15'],
    minAccuracy: '93',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 16 (written blind in session 15) on main's HEAD at the freeze, 17:06 UTC, before
    // anyone but its author saw the pages (fc16a97): 245 / 308 fields right (79.5 %), 8 wrong, 20 invented, 10 / 12
    // no-customer pages right; the truths of eleven pages corrected after it (the latest purchase on the page and its
    // date as product and signing date on ten pages, HotProfile's full-width phone digits in ASCII): 252 / 327
    // (77.1 %), 8 wrong, 13 invented; on the stable pages (the clinic chat console's visitor storm left out) 248 / 322 (77.0 %),
    // 8 wrong, 12 invented, 10 / 12.
    // Opened in session 16 (values, what was bought, whose page it is; f8d5546): 298 / 327 (91.1 %), 0 wrong,
    // 0 invented, 12 / 12; stable 293 / 322 (91.0 %).
    name: 'round 16',
    dirs: ['round16'],
    minAccuracy: '90',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 17 (written blind in session 16) on main's HEAD at the freeze, 20:16 UTC, before
    // anyone but its author saw the pages (f8d5546): 226 / 300 fields right (75.3 %), 13 wrong, 13 invented, 9 / 12
    // no-customer pages right; one truth corrected after it (6CRM's postcode, shown before the street, is an address
    // part): 227 / 300 (75.7 %), 12 wrong, 13 invented; on the stable pages (Page365's chat storm left out) 222 / 292
    // (76.0 %), 12 wrong, 13 invented, 9 / 12.
    name: 'round 17',
    dirs: ['round17'],
    minAccuracy: '76',
    maxWrong: '12',
    maxInvented: '13',
    minNoCustomer: '9',
  },
  {
    // Frozen-first score of round 18 (written blind in session 17) on main's HEAD at the freeze, 22:46 UTC, before
    // anyone but its author saw the pages (66859ec): 255 / 345 fields right (73.9 %), 11 wrong, 3 invented, 79 missed,
    // 12 / 12 no-customer pages right (no truth corrected); on the stable pages (the KTV booking storm left out)
    // 249 / 338 (73.7 %), 11 wrong, 3 invented, 12 / 12. Floor a point below.
    name: 'round 18',
    dirs: ['round18'],
    minAccuracy: '72',
    maxWrong: '11',
    maxInvented: '3',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 19 (written blind in session 18) on main at the freeze, 01:53 UTC, before anyone but
    // its author saw the pages (6ae10a6): 253 / 341 fields right (74.2 %), 15 wrong, 3 invented, 73 missed, 12 / 12
    // no-customer pages right (no truth corrected); on the stable pages (the food-delivery chat storm left out)
    // 249 / 335 (74.3 %), 14 wrong, 3 invented, 12 / 12. Floor a point below.
    name: 'round 19',
    dirs: ['round19'],
    minAccuracy: '73',
    maxWrong: '14',
    maxInvented: '3',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 20 (written blind in session 19) on main at the freeze, 04:16 UTC, before anyone but
    // its author saw the pages (fb5f341): 282 / 361 fields right (78.1 %), 9 wrong, 8 invented, 70 missed, 11 / 12
    // no-customer pages right (no truth corrected); on the stable pages (the ride-hailing chat storm left out)
    // 282 / 356 (79.2 %), 9 wrong, 8 invented, 11 / 12. Floor a point below.
    name: 'round 20',
    dirs: ['round20'],
    minAccuracy: '78',
    maxWrong: '9',
    maxInvented: '8',
    minNoCustomer: '11',
  },
  {
    // Frozen-first score of round 21 (written blind in session 20) on main at the freeze, 07:12 UTC, before anyone but
    // its author saw the pages (b13ce89): 230 / 358 fields right (64.2 %), 9 wrong, 3 invented, 119 missed, 12 / 12
    // no-customer pages right (no truth corrected); on the stable pages (the live-commerce chat storm left out)
    // 227 / 352 (64.5 %), 9 wrong, 3 invented, 12 / 12. Floor a point below. Session 22's merged tree (round 21
    // opened): 289 / 358 (80.7 %; stable 286 / 352, 81.2 %), 0 wrong, 0 invented, 12 / 12. Session 24's merged tree
    // (the thin languages' field words): 347 / 358 (96.9 %; stable 344 / 352, 97.7 %), 0 wrong, 0 invented, 12 / 12.
    name: 'round 21',
    dirs: ['round21'],
    minAccuracy: '96',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '12',
  },
  {
    // Frozen-first score of round 22 (written blind in session 22) on main before the session's changes (153b40b),
    // before anyone but its author saw the pages: 197 / 259 fields right (76.1 %), 4 wrong, 2 invented, 58 missed,
    // 10 / 10 no-customer pages right (no truth corrected); on the stable pages (the parcel-station scan storm left
    // out) 197 / 253 (77.9 %), 4 wrong, 2 invented, 10 / 10. Floor a point below. Round 22 opened (session 22's r22fix,
    // merged): 214 / 259 (82.6 %; stable 214 / 253, 84.6 %), 0 wrong, 0 invented, 10 / 10. Session 24's merged tree:
    // 215 / 259 (stable 215 / 253, 85.0 %), 0 wrong, 0 invented, 10 / 10.
    name: 'round 22',
    dirs: ['round22'],
    minAccuracy: '84',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '10',
  },
  {
    // Frozen-first score of round 23 (written blind in session 23) on main's e0e6ce2, before anyone but its author saw
    // the pages: 166 / 199 fields right (83.4 %), 7 wrong, 0 invented, 26 missed, 8 / 8 no-customer pages right; on the
    // stable pages (the fuel-station storm left out) 161 / 192 (83.9 %), 6 wrong, 0 invented, 8 / 8. Opened in session 24
    // (its wrong values, then its missed fields, as classes): 199 / 199 (stable 192 / 192), 0 wrong, 0 invented, 8 / 8.
    name: 'round 23',
    dirs: ['round23'],
    minAccuracy: '99',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 24 (written blind in session 24) on main's e1b5298, before anyone but its author saw
    // the pages: 187 / 211 fields right (88.6 %), 3 wrong, 0 invented, 21 missed, 8 / 8 no-customer pages right; on the
    // stable pages (the sales-office storm left out) 181 / 202 (89.6 %), 2 wrong, 0 invented, 8 / 8. Opened in session 24
    // (r24fix, merged): 205 / 211 (97.2 %; stable 197 / 202, 97.5 %), 0 wrong, 0 invented, 8 / 8. A point below.
    name: 'round 24',
    dirs: ['round24'],
    minAccuracy: '96',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 25 (written blind in session 25) on main's b821ae9, before anyone but its author saw
    // the pages: 181 / 219 fields right (82.6 %), 3 wrong, 5 invented, 35 missed, 7 / 8 no-customer pages right; on the
    // stable pages (the chit-fund auction storm left out) 173 / 210 (82.4 %), 2 wrong, 5 invented. One truth settled after
    // it (a power tariff is the product: tests/fixtures/holdout/README.md). Opened in session 25: 215 / 220 (97.7 %;
    // stable 206 / 211, 97.6 %), 0 wrong, 0 invented, 8 / 8. A point and a half below.
    name: 'round 25',
    dirs: ['round25'],
    minAccuracy: '96',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 26 (written blind in session 26) on main's 187625e (the same on 76b8db5), before anyone
    // but its author saw the pages: 203 / 227 fields right (89.4 %), 6 wrong, 4 invented, 18 missed, 6 / 8 no-customer
    // pages right; on the stable pages (the chat-queue storm left out) 198 / 221 (89.6 %), 5 wrong, 4 invented. Opened
    // in session 26: 227 / 227 (stable 221 / 221), 0 wrong, 0 invented, 8 / 8. Two points below.
    name: 'round 26',
    dirs: ['round26'],
    minAccuracy: '98',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 27 (written blind in session 26, after round 26 was opened) on main's 2d345d4, before
    // anyone but its author saw the pages: 199 / 223 fields right (89.2 %), 6 wrong, 6 invented, 18 missed, 7 / 8
    // no-customer pages right; on the stable pages (the appliance call-centre storm left out) 194 / 217 (89.4 %), 6 wrong,
    // 6 invented. Opened in session 26: 219 / 223 (98.2 %), 1 wrong, 1 invented (a family file's student section read as
    // the parent's), 8 / 8; in session 28 (that section, a typed e-mail table, the latest purchase): 223 / 223, 0 wrong,
    // 0 invented, 8 / 8. Two points below.
    name: 'round 27',
    dirs: ['round27'],
    minAccuracy: '98',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 28 (written blind in session 28 by two helpers at once) on main's 10196ea, before
    // anyone but its authors saw the pages: 210 / 245 fields right (85.7 %), 1 wrong, 0 invented, 34 missed, 7 / 7
    // no-customer pages right. Opened in session 28: 243 / 245 (99.2 %), 0 wrong, 0 invented, 7 / 7. Two points below.
    name: 'round 28',
    dirs: ['round28'],
    minAccuracy: '97',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '7',
  },
  {
    // Frozen-first score of round 29 (written blind in session 28 after round 28 was opened) on main's ff8e3cf, before
    // anyone but its authors saw the pages: 199 / 251 fields right (79.3 %), 9 wrong, 0 invented, 43 missed, 8 / 8
    // no-customer pages right. Opened in session 28: 241 / 251 (96.0 %), 0 wrong, 0 invented, 8 / 8; in session 29 (an
    // emergency contact's card beside the profile box, a former package): 245 / 251 (97.6 %). Two points below.
    name: 'round 29',
    dirs: ['round29'],
    minAccuracy: '95',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 30 (written blind in session 29 by two helpers at once) on main's 6af520d, before
    // anyone but its authors saw the pages: 218 / 250 fields right (87.2 %), 8 wrong, 11 invented, 24 missed, 6 / 8
    // no-customer pages right; 219 / 251 (87.3 %), 8 wrong, 10 invented once one truth gained the order table's date
    // (tests/fixtures/holdout/README.md, "A table of purchases dates its latest row"). Opened in session 29: 251 / 251,
    // 0 wrong, 0 invented, 8 / 8. Two points below.
    name: 'round 30',
    dirs: ['round30'],
    minAccuracy: '98',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 31 (written blind in session 29 by two helpers at once while round 30 was opened) on
    // main's 8850554, before anyone but its authors saw the pages: 186 / 240 fields right (77.5 %), 4 wrong, 6 invented,
    // 50 missed, 7 / 8 no-customer pages right. Opened in session 29: 230 / 240 (95.8 %), 0 wrong, 0 invented, 8 / 8.
    // Two points below.
    name: 'round 31',
    dirs: ['round31'],
    minAccuracy: '93',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 32 (written blind in session 30 by two helpers at once) on main's 6edd9cb, before
    // anyone but its authors saw the pages: 224 / 251 fields right (89.2 %), 5 wrong, 0 invented, 22 missed, 8 / 8
    // no-customer pages right. Opened in session 30: 251 / 251, 0 wrong, 0 invented, 8 / 8. Two points below.
    name: 'round 32',
    dirs: ['round32'],
    minAccuracy: '98',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Frozen-first score of round 33 (written blind in session 30 by two helpers at once while round 32 was opened) on
    // main's a32ccc8, before anyone but its authors saw the pages: 211 / 242 fields right (87.2 %), 4 wrong, 6 invented,
    // 27 missed, 7 / 8 no-customer pages right. Opened in session 30: 242 / 242, 0 wrong, 0 invented, 8 / 8. Two points
    // below.
    name: 'round 33',
    dirs: ['round33'],
    minAccuracy: '98',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '8',
  },
  {
    // Real pages of a live Dolibarr 20.0.2 in seven UI languages (session 22). Frozen-first on 153b40b: 61 / 72 as
    // scored, 61 / 70 (87.1 %) once two private persons' truths lost the company they never had; 1 wrong, 0 invented,
    // 2 / 2. With the session's Dolibarr fixes (5b42f82: complementary attributes' values): 62 / 70 (88.6 %), 0 wrong,
    // 0 invented, 2 / 2. Floor a point below.
    name: 'live Dolibarr, third set',
    dirs: ['dolibarr-live-3'],
    minAccuracy: '87',
    maxWrong: '0',
    maxInvented: '0',
    minNoCustomer: '2',
  },
];

// All the gates' pages are scored in one run (one bundle, one browser: docs/benchmarks.md, "Time to score"); each gate
// then sums its own folders, with generalise.ts's thresholds.
let run;
before(() => {
  const json = path.join(mkdtempSync(path.join(tmpdir(), 'hf-gates-')), 'score.json');
  const dirs = [...new Set(GATES.flatMap((g) => g.dirs))].map((d) => `${HOLDOUT}/${d}`);
  const r = spawnSync('npx', ['tsx', 'tests/bench/generalise.ts', ...dirs, '--stable-only', '--json', json], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  run = { status: r.status, stderr: r.stderr, score: existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : null };
});

const pct = (a, b) => (b ? (100 * a) / b : 100);

for (const gate of GATES)
  test(`generic extractor on held-out CRM pages (${gate.name}): not below the frozen-first score`, () => {
    assert.ok(
      run.score,
      `the scorer wrote no score (exit ${run.status}):\n${run.stderr.split('\n').slice(-8).join('\n')}`,
    );
    const rows = run.score.rows.filter((row) => gate.dirs.includes(row.folder));
    assert.equal(new Set(rows.map((row) => row.folder)).size, gate.dirs.length, `no pages scored in ${gate.dirs}`);
    const t = { fields: 0, right: 0, wrong: 0, invented: 0, noCustomer: 0, errors: 0 };
    for (const row of rows) {
      t.fields += row.total;
      t.right += row.right;
      t.wrong += row.wrong.length;
      t.invented += row.invented.length;
      if (row.negative && row.noCustomer) t.noCustomer++;
      if (row.error) t.errors++;
    }
    const failures = [];
    const accuracy = pct(t.right, t.fields);
    if (accuracy < Number(gate.minAccuracy)) failures.push(`accuracy ${accuracy.toFixed(1)} % < ${gate.minAccuracy} %`);
    if (t.wrong > Number(gate.maxWrong)) failures.push(`${t.wrong} wrong > ${gate.maxWrong}`);
    if (t.invented > Number(gate.maxInvented)) failures.push(`${t.invented} invented > ${gate.maxInvented}`);
    if (t.noCustomer < Number(gate.minNoCustomer))
      failures.push(`${t.noCustomer} no-customer page(s) gave no customer < ${gate.minNoCustomer}`);
    if (t.errors) failures.push(`${t.errors} page(s) failed to extract`);
    const report = rows
      .filter((row) => row.wrong.length || (row.negative ? !row.noCustomer : row.invented.length) || row.error)
      .map(
        (row) =>
          `${row.page}: ${[...row.wrong.map((w) => `wrong ${w}`), ...row.invented.map((v) => `invented ${v}`), row.error ?? ''].filter(Boolean).join('; ')}`,
      );
    assert.deepEqual(
      failures,
      [],
      `${t.right} / ${t.fields} right, ${t.wrong} wrong, ${t.invented} invented, ${t.noCustomer} no customer\n${report.join('\n')}`,
    );
  });
