// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/Note.h"
#include "session/UnsavedWork.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class Autosave;
class DraftOffer;
class FieldErrors;
class MessageBar;
class PlainLabel;
class SectionEditors;

// The note of a group session: the summary of the group written once, and a short part for
// each attendee (the list on the left, a check mark when their part is written). Started in
// the program's default format the first time it is opened; saved as you type like a single
// note; Sign All signs the summary and every part together. Signed, or someone else's, it
// is shown read-only, with Co-sign All for a supervisor and Add Addendum… to the summary.
class GroupNoteDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    // Drafts kept at the lock: this prefix and the group note's id.
    static constexpr const char* DraftKindPrefix = "group_note.";

    GroupNoteDialog(AppContext& context, Id sessionId, QWidget* parent = nullptr);
    ~GroupNoteDialog() override;

    Id sessionId() const { return m_sessionId; }
    Id groupNoteId() const { return m_note ? m_note->id : 0; }
    const std::optional<GroupNote>& groupNote() const { return m_note; }
    bool isReadOnly() const { return m_readOnly; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QListWidget* attendeeList() const { return m_list; }
    SectionEditors* sectionEditors() const { return m_sections; }
    MessageBar* messageBar() const { return m_messageBar; }
    Autosave* autosave() const { return m_autosave; }
    QString saveStatus() const;
    QString summaryError() const;
    // The participant whose part is on the right (0 when none).
    Id currentParticipant() const;
    // Item data of the attendee list, for tests and screen readers.
    static constexpr int ParticipantRole = Qt::UserRole;
    static constexpr int CompleteRole = Qt::UserRole + 1;
    static constexpr int RefusedRole = Qt::UserRole + 2;

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    bool saveNow();
    void nextAttendee();     // Ctrl+PageDown
    void previousAttendee(); // Ctrl+PageUp
    void selectAttendee(int row);
    // Asks, then signs the summary and every part (Ctrl+Return).
    void signAll();
    void discardNote();
    void cosignAll();
    void addAddendum();
    void reject() override;

signals:
    void groupNoteSigned(stepwise::Id groupNoteId);

private:
    struct Part
    {
        Id participantId = 0;
        QString name; // "Abbott, Jordan (R-2001)"
        QMap<QString, QString> sections;
        NoteState state = NoteState::Draft;
    };

    // Starts the session's group note if there is none yet, then reads it.
    Result<GroupNote> loadNote();
    void build();
    void display(const GroupNote& note);
    void reload();
    void updateItem(int row);
    void updateButtons();
    void onPartEdited();
    void onSummaryEdited();
    bool isComplete(const Part& part) const;
    QList<FieldError> problems() const;
    void showRefusal(const Error& error);
    void applyMarks(const QList<FieldError>& errors);
    void recheckMarks();
    Status store();
    void setReadOnly(bool readOnly);
    void applyDraft(const Draft& draft);
    QString draftKind() const;

    AppContext& m_context;
    Id m_sessionId;
    std::optional<GroupNote> m_note;
    QList<Part> m_parts;
    int m_current = -1;
    QSet<Id> m_dirty;
    QHash<Id, QList<FieldError>> m_partErrors; // keys without the participant prefix
    QSet<QString> m_marked;                    // fields marked by the last refusal
    bool m_readOnly = true;
    bool m_discarding = false;
    bool m_signed = false;
    bool m_loading = false;
    bool m_cosignRequired = false;

    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    FieldErrors* m_summaryErrors = nullptr;
    PlainLabel* m_addenda = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_partTitle = nullptr;
    SectionEditors* m_sections = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_cosign = nullptr;
    QPushButton* m_addendum = nullptr;
    QPushButton* m_close = nullptr;
    Autosave* m_autosave = nullptr;
};

} // namespace stepwise
