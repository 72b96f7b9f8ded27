// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small clinical-record inputs the flag tests build again and again.
#include "recovery/Toxicology.h"
#include "storage/NoteStore.h"

namespace stepwise::test {

// A free-text note of a phone contact on `on`, ready to save as a draft.
inline NoteInput phoneNote(Id participant, const QDate& on, const char* text)
{
    NoteInput in;
    in.participantId = participant;
    in.contact = NoteContact::Phone;
    in.format = NoteFormat::Free;
    in.serviceDate = on;
    in.sections = { { QStringLiteral("note"), QString::fromUtf8(text) } };
    return in;
}

// An observed screen collected on `on`, positive for `analyte` and nothing else.
inline ToxScreenInput positiveScreen(Id participant, const QDate& on, const char* analyte)
{
    ToxScreenInput in;
    in.participantId = participant;
    in.collectedOn = on;
    in.observed = true;
    ToxResult r;
    r.analyte = QString::fromLatin1(analyte);
    r.result = ToxResultValue::Positive;
    in.results = { r };
    return in;
}

} // namespace stepwise::test
