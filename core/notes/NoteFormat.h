// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// The structure of a progress note. DAP (Data, Assessment, Plan), SOAP (Subjective, Objective,
// Assessment, Plan) and BIRP (Behavior, Intervention, Response, Plan) are the formats
// behavioral-health programs document sessions in; Free is one text for contacts that fit none
// (case management, medication management, phone calls). The program picks the default.
enum class NoteFormat { Dap, Soap, Birp, Free };

// What kind of contact a note documents.
enum class NoteContact {
    Individual,
    Group,
    Family,
    CaseManagement,
    MedicationManagement,
    Phone,
    Other
};

struct NoteSection
{
    QString key;   // stable: "data", "assessment", ... (the JSON key in note.sections)
    QString label; // translated heading
    QString hint;  // translated prompt shown in the empty editor
};

QString storageKey(NoteFormat f);
QString storageKey(NoteContact c);
std::optional<NoteFormat> parseNoteFormat(const QString& key);
std::optional<NoteContact> parseNoteContact(const QString& key);
QString label(NoteFormat f);  // "DAP", "SOAP", "BIRP", "Free text"
QString label(NoteContact c); // "Individual session", ...
QList<NoteFormat> allNoteFormats();
QList<NoteContact> allNoteContacts();

// The sections of a format, in the order they are written and printed.
QList<NoteSection> noteSections(NoteFormat f);

} // namespace stepwise
