"""The keys of encrypted backups. A backup is sealed to the center's public key (X25519): every
computer can make encrypted backups without holding anything that opens them. The private key
exists only while a backup is being restored, derived from the passphrase (scrypt with a
random salt, then HKDF). Each file gets its own AES-256-GCM key from an ephemeral X25519
exchange."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.i18n import _

MIN_PASSPHRASE = 10
X25519_INFO = b"peercenter backup x25519 key"  # frozen: migration 0006 derives with it too
FILE_KEY_INFO = b"peercenter backup file key v2"
V1_FILE_KEY_INFO = b"peercenter backup"

# What a file may ask of scrypt. The default costs 32 MiB; a crafted file must not make
# PeerCenter allocate gigabytes or compute for hours.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_WORK = 2**22  # n * r * p; the default is 2**18


class KeySettingsError(PeerCenterError):
    """Key settings that cannot be used (a damaged or crafted file)."""


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1

    def problem(self) -> str | None:
        """Why these settings are refused, or None."""
        n, r, p = self.n, self.r, self.p
        if n < 2 or n & (n - 1) or not 1 <= r <= 64 or not 1 <= p <= 64:
            return _("impossible")
        if 128 * n * r > MAX_SCRYPT_MEMORY or n * r * p > MAX_SCRYPT_WORK:
            return _("far costlier than PeerCenter ever uses")
        return None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScryptParams:
        try:
            params = cls(int(data["n"]), int(data["r"]), int(data["p"]))
        except (KeyError, TypeError, ValueError, OverflowError):
            raise KeySettingsError(_("Its key settings are missing or damaged.")) from None
        problem = params.problem()
        if problem:
            raise KeySettingsError(
                _(
                    "Its key settings (scrypt N={n}, r={r}, p={p}) are {problem}: it was not made "
                    "by PeerCenter, or it was changed."
                ).format(n=params.n, r=params.r, p=params.p, problem=problem)
            )
        return params


# Tests swap in cheaper parameters; every file and key records whichever were used.
SCRYPT = ScryptParams()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: Any, length: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(str(text).encode("ascii"), validate=True)
    except (ValueError, UnicodeError):
        raise KeySettingsError(_("Its key settings are damaged.")) from None
    if length is not None and len(raw) != length:
        raise KeySettingsError(_("Its key settings are damaged."))
    return raw


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            _("The backup passphrase must be at least {count} characters long.").format(
                count=MIN_PASSPHRASE
            ),
            field="passphrase",
        )


def master_key(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    problem = params.problem()
    if problem:  # callers check first; this guards against a new caller forgetting
        raise KeySettingsError(_("The key settings are {problem}.").format(problem=problem))
    kdf = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def _private_from_master(master: bytes) -> X25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=X25519_INFO).derive(master)
    return X25519PrivateKey.from_private_bytes(seed)


def private_key(passphrase: str, salt: bytes, params: ScryptParams) -> X25519PrivateKey:
    return _private_from_master(master_key(passphrase, salt, params))


@dataclass(frozen=True)
class Recipient:
    """What the database keeps when backups are encrypted: the public key and how to derive
    its private half from the passphrase. Nothing here opens a backup."""

    public_key: bytes
    salt: bytes
    params: ScryptParams
    renew: bool = False  # carried over from a version that kept the private key

    @classmethod
    def from_passphrase(
        cls, passphrase: str, salt: bytes | None = None, params: ScryptParams | None = None
    ) -> Recipient:
        check_passphrase(passphrase)
        params = params or SCRYPT
        salt = salt or os.urandom(16)
        public = private_key(passphrase, salt, params).public_key().public_bytes_raw()
        return cls(public, salt, params)

    def to_json(self) -> dict[str, Any]:
        return {
            "public_key": b64(self.public_key),
            "salt": b64(self.salt),
            "n": self.params.n,
            "r": self.params.r,
            "p": self.params.p,
            "renew": self.renew,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recipient:
        return cls(
            unb64(data.get("public_key"), 32),
            unb64(data.get("salt")),
            ScryptParams.from_json(data),
            bool(data.get("renew", False)),
        )


def _file_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=FILE_KEY_INFO
    ).derive(shared)


def seal(recipient: Recipient) -> tuple[bytes, bytes]:
    """A fresh file key for ``recipient``; returns (key, the ephemeral public key to store)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.public_key))
    return _file_key(shared, ephemeral_public, recipient.public_key), ephemeral_public


def unseal(private: X25519PrivateKey, ephemeral_public: bytes) -> bytes:
    recipient = private.public_key().public_bytes_raw()
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    return _file_key(shared, ephemeral_public, recipient)


def v1_file_key(passphrase: str, salt: bytes, params: ScryptParams, file_salt: bytes) -> bytes:
    """Backups made before public keys: the file key came from the passphrase directly."""
    master = master_key(passphrase, salt, params)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=file_salt, info=V1_FILE_KEY_INFO).derive(
        master
    )
