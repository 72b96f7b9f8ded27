// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummarySection.h"

#include <QString>

namespace stepwise {

// Who a summary is for. Anything leaving the program is a disclosure under 42 CFR Part 2: it
// needs the participant's written consent and carries the notice against re-disclosure.
enum class SummaryAudience {
    Participant, // a copy for the participant themselves
    Internal,    // the program's own review (supervision, team meeting)
    External,    // a referring agency, court, payer, other provider
};

struct SummaryOptions
{
    QList<SummarySection> sections = allSummarySections();
    QString narrative;      // as the clinician left it; printed only with Narrative
    QString supervisorName; // printed under the supervisor's signature line when known
    SummaryAudience audience = SummaryAudience::Internal;
    QString recipient; // to whom (External: as the consent names them)
    QString purpose;
    // External only: the consent the disclosure relies on, described (ConsentRules), and the
    // §2.32 notice in full and in its short form for the page footers.
    QString consentDescription;
    QString notice;
    QString shortNotice;

    bool includes(SummarySection s) const { return sections.contains(s); }
};

} // namespace stepwise
