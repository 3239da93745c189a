/**
 * Text kept in base64 (`atob('…')`) to hide a pixel: read decoded, the same in ESLint and in a GTM
 * Custom HTML tag. Each case with findings was silent before session 40.
 */
import { describe } from 'vitest';
import { EV, PX, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  "a loader's URL in base64": {
    code: `var s = document.createElement('script');
s.src = atob('aHR0cHM6Ly9hbmFseXRpY3MudGlrdG9rLmNvbS9pMThuL3BpeGVsL2V2ZW50cy5qcw==');
document.head.appendChild(s);`,
    expected: [[PX, /TikTok loader or beacon URL: analytics\.tiktok\.com/]],
  },
  'a beacon in base64, held in a variable first': {
    code: `var u = 'aHR0cHM6Ly93d3cuZmFjZWJvb2suY29tL3RyP2lkPTEmZXY9SElWX1Rlc3RfQm9va2Vk';
new Image().src = window.atob(u);`,
    expected: [[PX, /Meta loader or beacon URL: www\.facebook\.com\/tr/], [EV, /HIV_Test_Booked/]],
  },
  'code in base64 put in a script element': {
    code: `var s = document.createElement('script');
s.text = atob('ZmJxKCd0cmFja0N1c3RvbScsICdISVYgVGVzdCBCb29rZWQnKTs=');
document.head.appendChild(s);`,
    expected: [[EV, /"HIV Test Booked"/]],
  },
  "a vendor's global named in base64": {
    code: `window[atob('ZmJx')]('trackCustom', 'Dialysis Booked');`,
    expected: [[EV, /"Dialysis Booked"/]],
  },
  'base64 that holds nothing of the kind, or is not base64': {
    code: `var greeting = atob('aGVsbG8gd29ybGQ=');
var broken = atob('not base64!');
console.log(greeting, broken);`,
    expected: [],
  },
};

describe('parity: text in base64', () => parityCases(CASES));
