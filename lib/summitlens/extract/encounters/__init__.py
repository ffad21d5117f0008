"""Meetings as events: document events and the links that tie sentence mentions to them.

* :mod:`.rules` loads ``resources/encounters.yml`` (title formulas, readout openings,
  anaphora, chair patterns) once;
* :mod:`.events` finds each document's own encounter from its headline, title formula and
  lead (dated by the text, or by the publication date for a readout);
* :mod:`.link` ties the sentence mentions of :func:`summitlens.extract.meetings.extract_meetings`
  to that event (anaphora, same participants), corrects transcript participants, adds the
  headline and anaphoric mentions, and dates undated mentions through their event.
"""

from summitlens.extract.encounters.events import DocEvent, document_event
from summitlens.extract.encounters.link import link_mentions
from summitlens.extract.encounters.rules import EncounterRules, load_encounter_rules

__all__ = ["DocEvent", "document_event", "link_mentions", "EncounterRules", "load_encounter_rules"]
