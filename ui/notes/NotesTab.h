// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QWidget>

class QPushButton;

namespace stepwise {

class AppContext;
class MessageBar;
class NoteListModel;
class ReadOnlyTable;
struct NoteSummary;

// The chart's Notes tab: the participant's progress notes, newest first. Enter or a double
// click opens the author's draft in the editor (a group part in its group note) and any other
// note read-only; New Note… starts one for an attended session or another contact.
class NotesTab : public QWidget
{
    Q_OBJECT
public:
    explicit NotesTab(AppContext& context, QWidget* parent = nullptr);

    void showParticipant(Id participantId);
    void reload();

    Id participantId() const { return m_participantId; }
    NoteListModel* model() const { return m_model; }
    ReadOnlyTable* view() const { return m_view; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* addendumButton() const { return m_addendum; }

public slots:
    // Each opens its dialog window-modal with open() and reloads when it closes.
    void newNote();
    void openSelected();
    void addAddendum();

private:
    const NoteSummary* current() const;
    void open(const NoteSummary& note);
    void adopt(QDialog* dialog);
    void updateButtons();

    AppContext& m_context;
    Id m_participantId = 0;
    NoteListModel* m_model;
    ReadOnlyTable* m_view;
    MessageBar* m_messageBar;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_addendum;
};

} // namespace stepwise
