// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteFormat.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::NoteFormat", text);
}

NoteSection section(const char* key, const char* label, const char* hint)
{
    return { QString::fromLatin1(key), tr(label), tr(hint) };
}

const NoteSection& planSection()
{
    static const NoteSection s = section(
        "plan", "Plan", "Next steps: homework, next session, referrals, changes to the plan.");
    return s;
}

} // namespace

QString storageKey(NoteFormat f)
{
    switch (f) {
    case NoteFormat::Dap:
        return QStringLiteral("dap");
    case NoteFormat::Soap:
        return QStringLiteral("soap");
    case NoteFormat::Birp:
        return QStringLiteral("birp");
    case NoteFormat::Free:
        return QStringLiteral("free");
    }
    return {};
}

QString storageKey(NoteContact c)
{
    switch (c) {
    case NoteContact::Individual:
        return QStringLiteral("individual");
    case NoteContact::Group:
        return QStringLiteral("group");
    case NoteContact::Family:
        return QStringLiteral("family");
    case NoteContact::CaseManagement:
        return QStringLiteral("case_management");
    case NoteContact::MedicationManagement:
        return QStringLiteral("medication_management");
    case NoteContact::Phone:
        return QStringLiteral("phone");
    case NoteContact::Other:
        return QStringLiteral("other");
    }
    return {};
}

QList<NoteFormat> allNoteFormats()
{
    return { NoteFormat::Dap, NoteFormat::Soap, NoteFormat::Birp, NoteFormat::Free };
}

QList<NoteContact> allNoteContacts()
{
    return { NoteContact::Individual, NoteContact::Group, NoteContact::Family,
        NoteContact::CaseManagement, NoteContact::MedicationManagement, NoteContact::Phone,
        NoteContact::Other };
}

std::optional<NoteFormat> parseNoteFormat(const QString& key)
{
    for (NoteFormat f : allNoteFormats())
        if (storageKey(f) == key)
            return f;
    return std::nullopt;
}

std::optional<NoteContact> parseNoteContact(const QString& key)
{
    for (NoteContact c : allNoteContacts())
        if (storageKey(c) == key)
            return c;
    return std::nullopt;
}

QString label(NoteFormat f)
{
    switch (f) {
    case NoteFormat::Dap:
        return tr("DAP");
    case NoteFormat::Soap:
        return tr("SOAP");
    case NoteFormat::Birp:
        return tr("BIRP");
    case NoteFormat::Free:
        return tr("Free text");
    }
    return {};
}

QString label(NoteContact c)
{
    switch (c) {
    case NoteContact::Individual:
        return tr("Individual session");
    case NoteContact::Group:
        return tr("Group session");
    case NoteContact::Family:
        return tr("Family session");
    case NoteContact::CaseManagement:
        return tr("Case management");
    case NoteContact::MedicationManagement:
        return tr("Medication management");
    case NoteContact::Phone:
        return tr("Phone contact");
    case NoteContact::Other:
        return tr("Other contact");
    }
    return {};
}

QList<NoteSection> noteSections(NoteFormat f)
{
    switch (f) {
    case NoteFormat::Dap:
        return { section("data", "Data",
                     "What was observed and said: topics, quotes, mood, attendance, scores."),
            section("assessment", "Assessment",
                "Your clinical reading: progress toward objectives, risk, engagement."),
            planSection() };
    case NoteFormat::Soap:
        return { section("subjective", "Subjective",
                     "What the participant reports, in their words where it matters."),
            section("objective", "Objective",
                "What you observed and measured: presentation, scores, toxicology."),
            section("assessment", "Assessment",
                "Your clinical reading: progress toward objectives, risk, engagement."),
            planSection() };
    case NoteFormat::Birp:
        return { section("behavior", "Behavior",
                     "The participant's presentation and what they brought to the session."),
            section("intervention", "Intervention",
                "What you did: the techniques and topics you used."),
            section("response", "Response", "How the participant responded to the intervention."),
            planSection() };
    case NoteFormat::Free:
        return { section("note", "Note", "What happened and what follows from it.") };
    }
    return {};
}

} // namespace stepwise
