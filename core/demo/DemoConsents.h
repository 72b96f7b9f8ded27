// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/demo: consents to disclose (issue 7) for some of the demo's participants, so
// the Consents & Disclosures tab and a summary for someone outside the program can be tried.

#include "DemoRecordContext.h"
#include "common/Result.h"

namespace stepwise::demo {

class DemoConsents
{
public:
    // Its own random sequence, so adding consents leaves the rest of a seed's clinic as it was.
    DemoConsents(DemoRecordContext& context, quint64 seed);

    // For someone in care: now and then a consent to their probation officer, a referring
    // provider or an employee assistance program, signed at admission; a few revoked since.
    // For someone discharged in the last year, now and then one that has since expired.
    Status write(const RecordSubject& subject);
    int written() const { return m_written; }

private:
    DemoRecordContext& m_c;
    DemoRandom m_rng;
    int m_written = 0;
};

} // namespace stepwise::demo
