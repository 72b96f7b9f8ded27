// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"

#include <QCoreApplication>

// Internal to core/instruments: one function per instrument, each in the file named after it,
// and helpers the definitions share.
namespace stepwise::InstrumentDefinitions {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Instruments", text);
}

// Options 0..n-1 scoring their own value, labelled in order.
QList<ResponseOption> scale(const QStringList& labels);
// A yes/no item: "no" types 0 and "yes" types 1; points as given (reverse-scored items swap).
QList<ResponseOption> yesNo(int noPoints, int yesPoints);
InstrumentItem item(const QString& key, const QString& label, const QList<ResponseOption>& options);
InstrumentItem dayCountItem(
    const QString& key, const QString& label, std::function<int(int)> recode);

// Points of item `key` (0 when unanswered or unknown), and the raw value.
int pointsOf(const InstrumentDefinition& d, const Answers& a, const QString& key);
int valueOf(const InstrumentDefinition& d, const Answers& a, const QString& key);

InstrumentDefinition phq9();
InstrumentDefinition gad7();
InstrumentDefinition audit();
InstrumentDefinition auditC();
InstrumentDefinition dast10();
InstrumentDefinition bam();
InstrumentDefinition asamDimensions();
InstrumentDefinition progressRating();

} // namespace stepwise::InstrumentDefinitions
