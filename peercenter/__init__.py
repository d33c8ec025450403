"""PeerCenter: scheduling, certification tracking, burnout guardrails and handouts for peer
support programs."""

import time as _time

__version__ = "0.1.0"
APP_NAME = "PeerCenter"

# When the program began loading, for the start-up figure of `peercenter gui --exit-when-ready`.
LOAD_STARTED = _time.perf_counter()
