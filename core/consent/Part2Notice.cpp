// SPDX-License-Identifier: GPL-3.0-or-later
#include "Part2Notice.h"

#include <QCoreApplication>

namespace stepwise::Part2Notice {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Part2Notice", text);
}

} // namespace

QString title()
{
    return tr("Confidential substance use disorder record: notice prohibiting re-disclosure "
              "(42 CFR part 2)");
}

// The elements of §2.32(a)(1) as amended in 2024: the protection itself; no use against the
// patient in proceedings without consent or a court order; no other use or re-disclosure except
// as the consent, part 2 or HIPAA treatment/payment/operations allow; a general medical release
// is not enough. Reworded, not quoted.
QStringList paragraphs()
{
    return {
        tr("The record you have received is protected by the federal confidentiality rules for "
           "substance use disorder patient records, 42 CFR part 2."),
        tr("Neither this record nor testimony about what it contains may be used or disclosed "
           "against the patient in any civil, criminal, administrative or legislative proceeding "
           "by a federal, state or local authority, unless the patient consents to it or a court "
           "authorizes it as 42 CFR 2.64 or 2.65 provides (or 42 CFR 2.12(c)(5) applies)."),
        tr("Nor may you use or disclose this record in any other way, unless the patient's "
           "written consent expressly allows it or 42 CFR part 2 otherwise permits it, or you are "
           "a HIPAA covered entity or business associate that received the record for treatment, "
           "payment or health care operations, or received it from one as 45 CFR part 164 "
           "permits."),
        tr("A general authorization to release medical or other information does not meet the "
           "requirements for written consent to use or disclose this record further "
           "(42 CFR 2.31)."),
    };
}

QString fullText()
{
    return paragraphs().join(QStringLiteral("\n\n"));
}

QString shortText()
{
    // The statement the 2024 rule prescribes, word for word (§2.32(a)(2); before 2024 it read
    // "unauthorized disclosure"). A fixed legal phrase, so it is quoted, not reworded.
    return tr("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
}

QString consentHeading()
{
    return tr("The consent this disclosure relies on");
}

} // namespace stepwise::Part2Notice
