// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stepwise {

// The notice that 42 CFR 2.32 requires with every disclosure made on the participant's written
// consent, kept here and nowhere else so every document prints the same words. Since the 2024
// final rule (89 FR 12472, compliance from 16 February 2026) the section is titled "Notice and
// copy of consent to accompany disclosure": a copy or a description of the consent goes with the
// notice (ConsentRules::describe).
namespace Part2Notice {

QString title(); // a heading for the notice on a document
// The full notice (§2.32(a)(1)), in Stepwise's own words from the regulation: one paragraph per
// element, for a document to lay out.
QStringList paragraphs();
QString fullText(); // the paragraphs separated by blank lines
// The short statement the regulation allows instead (§2.32(a)(2)), for a page footer or where
// space is short.
QString shortText();
// A heading for the consent printed with the notice.
QString consentHeading();

} // namespace Part2Notice
} // namespace stepwise
