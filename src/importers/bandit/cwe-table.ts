/**
 * Bandit test id → CWE, for reports written before Bandit added `issue_cwe` (1.7.3). Taken from the CWE
 * each Bandit plugin declares; a test id not listed here gets no CWE rather than a guessed one.
 */
export const BANDIT_CWE: Readonly<Record<string, number>> = {
  B101: 703, B102: 78, B103: 732, B104: 605, B105: 259, B106: 259, B107: 259, B108: 377,
  B110: 703, B112: 703, B113: 400, B201: 94, B202: 22,
  B301: 502, B302: 502, B303: 327, B304: 327, B305: 327, B306: 377, B307: 78, B308: 79,
  B310: 22, B311: 330, B312: 319, B313: 20, B314: 20, B315: 20, B316: 20, B317: 20,
  B318: 20, B319: 20, B320: 20, B321: 319, B323: 295, B324: 327,
  B401: 319, B402: 319, B403: 502, B404: 78, B405: 20, B406: 20, B407: 20, B408: 20,
  B409: 20, B410: 20, B411: 20, B412: 284, B413: 327, B415: 319,
  B501: 295, B502: 327, B503: 327, B504: 327, B505: 326, B506: 20, B507: 295, B508: 319, B509: 319,
  B601: 78, B602: 78, B603: 78, B604: 78, B605: 78, B606: 78, B607: 78, B608: 89, B609: 78,
  B610: 89, B611: 89, B612: 94, B613: 838, B614: 502, B615: 494,
  B701: 94, B702: 80, B703: 80, B704: 79,
};
