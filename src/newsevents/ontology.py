"""The event ontology: every `EventType` with its PLOVER type and mode and its CAMEO code.

PLOVER (Political Language Ontology for Verifiable Event Records) is the successor of CAMEO
used by POLECAT; CAMEO codes are given at the most specific level that fits. The table is
public and typed so that downstream code can map newsevents events onto either scheme.

Examples:
    >>> from newsevents.ontology import ONTOLOGY
    >>> from newsevents import EventType
    >>> spec = ONTOLOGY[EventType.MEET]
    >>> spec.plover, spec.cameo
    ('CONSULT', '040')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from newsevents.model import EventType

__all__ = ["ONTOLOGY", "EventTypeSpec", "spec"]


@attrs.frozen
class EventTypeSpec:
    """What one event type means, in newsevents and in the PLOVER and CAMEO schemes.

    Attributes:
        type: the newsevents event type.
        plover: the PLOVER event type (``CONSULT``, ``DISAPPROVE``, ``ASSAULT`` ...), or
            ``""`` where PLOVER codes no event (it leaves out plain statements).
        plover_mode: the PLOVER mode that narrows it (``visit``, ``phone``, ``""`` if none).
        cameo: the CAMEO code (a string: codes keep their leading zeros).
        description: one line on what counts as such an event.
        repeatable: whether the same participants can do it again and again (meetings,
            statements) rather than once (an invasion, an annexation). A `Corpus` requires
            compatible times to link reports of a repeatable event; reports of a one-off event
            that disagree on the time are a contradiction instead.
        symmetric: whether the participants take part on equal terms (a meeting, an
            agreement), so that the order of actor and target carries no meaning.

    Examples:
        >>> spec(EventType.INVASION).repeatable
        False
    """

    type: EventType
    plover: str
    plover_mode: str
    cameo: str
    description: str
    repeatable: bool = True
    symmetric: bool = False


def _table(*specs: EventTypeSpec) -> Mapping[EventType, EventTypeSpec]:
    return MappingProxyType({s.type: s for s in specs})


ONTOLOGY: Mapping[EventType, EventTypeSpec] = _table(
    EventTypeSpec(EventType.MEET, "CONSULT", "", "040", "a meeting or summit", True, True),
    EventTypeSpec(EventType.CALL, "CONSULT", "phone", "041", "a phone or video call", True, True),
    EventTypeSpec(EventType.TALKS, "CONSULT", "", "046", "talks or negotiations", True, True),
    EventTypeSpec(EventType.VISIT, "CONSULT", "visit", "042", "a visit or trip abroad"),
    EventTypeSpec(EventType.STATEMENT, "", "", "010", "a notable public declaration"),
    EventTypeSpec(EventType.REQUEST, "DEMAND", "request", "020", "an appeal to someone"),
    EventTypeSpec(EventType.DEMAND, "DEMAND", "", "100", "a demand"),
    EventTypeSpec(EventType.PROPOSAL, "AGREE", "offer", "030", "a proposal or offer"),
    EventTypeSpec(
        EventType.AGREEMENT, "AGREE", "", "057", "an agreement, treaty or accord", True, True
    ),
    EventTypeSpec(EventType.REJECT, "REJECT", "", "120", "a rejection, refusal or denial"),
    EventTypeSpec(EventType.THREAT, "THREATEN", "", "130", "a threat or warning"),
    EventTypeSpec(
        EventType.ACCUSATION, "DISAPPROVE", "accuse", "112", "an accusation or condemnation"
    ),
    EventTypeSpec(EventType.SANCTION, "SANCTION", "", "163", "sanctions, embargoes, blacklisting"),
    EventTypeSpec(
        EventType.DEPLOYMENT, "MOBILIZE", "troops", "154", "troops or weapons moved or deployed"
    ),
    EventTypeSpec(EventType.ATTACK, "ASSAULT", "", "190", "an armed attack or bombing"),
    EventTypeSpec(
        EventType.INVASION, "ASSAULT", "occupy", "192", "an invasion of a country", False
    ),
    EventTypeSpec(
        EventType.ANNEXATION, "ASSAULT", "occupy", "192", "an annexation of territory", False
    ),
    EventTypeSpec(EventType.ARREST, "COERCE", "arrest", "173", "an arrest or detention"),
    EventTypeSpec(EventType.RELEASE, "RETREAT", "release", "0841", "a release or exchange"),
    EventTypeSpec(EventType.ELECTION, "", "", "", "an election or referendum"),
    EventTypeSpec(EventType.PROTEST, "PROTEST", "demonstrate", "141", "a protest or rally"),
    EventTypeSpec(
        EventType.SUSPEND, "SANCTION", "suspend", "164", "talks, ties or aid frozen or broken off"
    ),
    EventTypeSpec(EventType.OTHER, "", "", "", "any other event"),
)
"""Every event type with its PLOVER type and mode and its CAMEO code, read-only."""


def spec(event_type: EventType | str) -> EventTypeSpec:
    """The ontology entry of an event type (given as an `EventType` or its value).

    Raises:
        ValueError: ``event_type`` is not an event type.

    Examples:
        >>> spec("call").plover_mode
        'phone'
    """
    return ONTOLOGY[EventType(event_type)]
