"""PeerCenter: scheduling, certification tracking, burnout guardrails and handouts for peer
support programs."""

__version__ = "0.1.0"
APP_NAME = "PeerCenter"
