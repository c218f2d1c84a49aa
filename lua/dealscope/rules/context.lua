-- dealscope default rules: certainty, negation and attribution cues.
--
-- How sure the text is of a measure, in the six levels of the guidelines:
-- stated (the default), expected, reported, possible, conditional,
-- denied. A cue governs a measure when it stands before it in its clause
-- (or in a clause coordinated with it: "is expected to pause X, resume
-- Y"), after it, or around it, as each list says; when several govern
-- one measure, the weakest wins. Cues that are part of the rule's own
-- match do not count ("not a resolution" is what an unresolved_issue
-- rule matches, not a denial). Edit these lists, or add to them from a
-- rule file of your own: `certainty "possible" { before = { "mulls" } }`.
certainty "expected" {
  before = {
    "(is|are|was|were) expected", "expect(s|ed)?", "plan(s|ned|ning)? to",
    "plan(s)? for", "plans", "proposed", "propos(e|es|ing)", "proposal(s)?",
    "draft", "likely", "set to", "aim(s|ed)? to", "intend(s|ed)? to",
    "should", "probably", "scheduled", "due to be", "on the verge of",
    "introduc(e|ed|es|ing) legislation", "legislation", "bill",
    "offer(s|ed)?", "prepar(e|es|ed|ing) to", "(is|are|was|were) to",
    "will seek to", "hope(s|d)? to", "intention",
  },
  after = { "(is|are|was|were) expected", "(is|are) planned", "(was|were) proposed",
    "(the|a) draft", "legislation", "bill" },
}

certainty "reported" {
  before = {
    "reportedly", "(is|are|was|were) reported", "(is|are|was|were) said to",
    "according to (people|persons|sources|officials) familiar",
    "people familiar with", "sources said", "unconfirmed", "rumo(u)?r(s|ed)?",
    "speculation",
  },
  after = { "reportedly", "sources said", "(people|persons) familiar with" },
}

certainty "possible" {
  before = {
    "may", "might", "could", "possibl(e|y)", "possibility", "consider(s|ed|ing)?",
    "hint(s|ed|ing)?", "signal(l)?ed openness", "openness to", "willing(ness)?",
    "(apparent|apparently)", "whether", "call(s|ed|ing)? (for|on)", "urg(e|es|ed|ing)",
    "press(es|ed|ing)? (for|the)", "demanded", "demanding", "ask(s|ed|ing)?",
    "sought", "seek(s|ing)?", "request(s|ed)?", "recommend(s|ed|ation)?",
    "would like", "potential(ly)?", "mull(s|ed|ing)?", "weigh(s|ed|ing)?",
    "explor(e|es|ed|ing)", "discuss(es|ed|ing)?", "not rule out",
    "did not rule out", "not ruled out", "in talks", "negotiat(e|es|ed|ing) (on|over)",
    "unlikely", "doubtful",
  },
  after = { "possibly", "(is|are|was|were) possible", "(is|are|was|were) unlikely" },
}

certainty "conditional" {
  around = {
    "if", "unless", "provided [that]", "as long as", "as soon as", "until",
    "in case", "depend(s|ed|ing)? [entirely] (on|upon)", "subject to",
    "conditional", "on condition", "in return for", "only when",
  },
}

certainty "denied" {
  before = {
    "not", "never", "no", "cannot", "can't", "didn't", "don't", "doesn't",
    "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "ruled out", "rule(s)? out", "reject(s|ed|ing)?", "refus(e|es|ed|ing)",
    "den(y|ies|ied)", "declin(e|es|ed|ing) to", "without", "neither", "nor",
  },
  after = { "(was|were|has been|have been) rejected", "(was|were) ruled out",
    "(was|were) denied" },
  within = 6,
}

pseudo {
  "not hesitate", "would not hesitate", "did not hesitate", "not only", "no doubt",
  "not rule out", "did not rule out", "not ruled out", "not just", "no longer",
  "whether or not", "not necessarily", "nothing but", "not least",
}

attribution {
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted",
  "according to", "quoted", "confirmed", "announced", "reported", "explained",
  "argued", "warned", "predicted",
}
