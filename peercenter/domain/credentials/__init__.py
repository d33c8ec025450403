"""Credential programs and the progress a person makes toward them: requirement kinds, the
counting rules, pace and projection, renewal cycles and time limits. Pure: plain dataclasses in,
plain dataclasses out."""
