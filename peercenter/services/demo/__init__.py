"""Demo data: a fictional center with staff, groups, participants and years of history, for
trying the program out and for benchmarks (``peercenter init --demo``)."""

from peercenter.services.demo.build import SCALES, DemoSummary, build_demo

__all__ = ["SCALES", "DemoSummary", "build_demo"]
