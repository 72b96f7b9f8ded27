// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/Note.h"
#include "session/UnsavedWork.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class Autosave;
class DraftOffer;
class FieldErrors;
class MessageBar;
class SectionEditors;

// Writes one participant's progress note: a new one (for an attended individual or family
// session without a note, or a contact outside the schedule) or the author's draft. The draft
// is saved to the record a few seconds after typing stops and on closing, so nothing is lost
// and nothing needs a Save button; Sign locks it. Ctrl+S saves now, Ctrl+Return signs.
class NoteEditorDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    // Drafts kept at the lock: "note.<id>", or "note.new" for a note not yet stored, for the
    // participant as subject.
    static constexpr const char* DraftKindPrefix = "note.";

    struct NewNote
    {
        Id participantId = 0;
        Id sessionId = 0; // preselected when it is in the list of sessions without a note
    };

    NoteEditorDialog(AppContext& context, const NewNote& start, QWidget* parent = nullptr);
    NoteEditorDialog(AppContext& context, Id noteId, QWidget* parent = nullptr);
    ~NoteEditorDialog() override;

    // 0 until the first save of a new note.
    Id noteId() const { return m_noteId; }
    Id participantId() const { return m_participantId; }
    bool isReadOnly() const { return m_readOnly; }
    SectionEditors* sectionEditors() const { return m_sections; }
    MessageBar* messageBar() const { return m_messageBar; }
    Autosave* autosave() const { return m_autosave; }
    QString saveStatus() const;
    QComboBox* sessionChoice() const { return m_session; }
    QComboBox* contactChoice() const { return m_contact; }
    QComboBox* formatChoice() const { return m_format; }
    QDateEdit* serviceDateEdit() const { return m_date; }
    QSpinBox* minutesEdit() const { return m_minutes; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    // Saves what is typed now (Ctrl+S); false, with the reason shown, when it could not.
    bool saveNow();
    // Asks, then signs (Ctrl+Return). Empty sections are marked and nothing is signed.
    void sign();
    // Asks, then deletes the draft.
    void discardDraft();
    // Close: saves first, and asks before losing typing that could not be saved.
    void reject() override;

signals:
    void noteSigned(stepwise::Id noteId);

private:
    void build();
    QWidget* createHeader();
    void loadNew(const NewNote& start);
    void loadExisting(const Note& note);
    void fillSessions(Id preselect);
    void onSessionChosen();
    void onFormatChosen();
    void onHeaderEdited();
    void onTextEdited();
    Status store();
    Note formNote() const;
    NoteFormat currentFormat() const;
    NoteContact currentContact() const;
    Id currentSessionId() const;
    void lockOccasion();
    void setReadOnly(const QString& why);
    void showRefusal(const Error& error, const QString& summary);
    void recheckMarks();
    void applyDraft(const Draft& draft);
    QString draftKind() const;

    AppContext& m_context;
    Id m_noteId = 0;
    Id m_participantId = 0;
    QString m_participantText;
    bool m_cosignRequired = false;
    bool m_readOnly = false;
    bool m_discarding = false;
    bool m_signed = false;
    bool m_loading = false;
    NoteFormat m_shownFormat = NoteFormat::Dap;
    QStringList m_markedSections; // "section.<key>" marked by the last refusal

    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_session = nullptr;
    QComboBox* m_contact = nullptr;
    QComboBox* m_format = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_minutes = nullptr;
    FieldErrors* m_fieldErrors = nullptr;
    SectionEditors* m_sections = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_close = nullptr;
    Autosave* m_autosave = nullptr;
};

} // namespace stepwise
