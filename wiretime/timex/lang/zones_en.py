"""English phrases that state the zone of a clock time (value: IANA name or "UTC")."""

ZONES = {"gmt": "UTC", "utc": "UTC", "z": "UTC"}
