"""The documents PeerCenter prints or saves, each made in one place: the data is gathered
(services), laid out (reports) and, where it shows people's names, written to the audit trail.
The Print screen, the command line and the smoke test all come through here."""
