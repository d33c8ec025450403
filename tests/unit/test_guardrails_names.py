"""The guardrails package hands out its names on first use; every one of them resolves."""

import pytest

import peercenter.domain.guardrails as guardrails


def test_every_exported_name_resolves_to_its_module() -> None:
    assert sorted(guardrails.__all__) == sorted(guardrails._HOMES)
    for name in guardrails.__all__:
        value = getattr(guardrails, name)
        assert value.__module__ == f"peercenter.domain.guardrails.{guardrails._HOMES[name]}"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = guardrails.NoSuchRule
