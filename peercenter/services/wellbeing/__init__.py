"""Wellbeing: check-ins, burnout guardrails on the dashboard, and the guardrail check at the
moment a facilitator is assigned. Answers, scores and notes are private to the person, their
supervisor and administrators; every view is written to the audit trail."""
