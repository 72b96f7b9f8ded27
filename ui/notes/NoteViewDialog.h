// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/Note.h"

#include <QDialog>

class QPushButton;
class QScrollArea;

namespace stepwise {

class AppContext;
class MessageBar;

// A note as it stands in the record: the header, the group summary for a part of a group
// note, the sections, then every addendum and review in order. Add Addendum… for a signed
// note; Co-sign and Return to Author… for a supervisor when the note waits for them.
class NoteViewDialog : public QDialog
{
    Q_OBJECT
public:
    NoteViewDialog(AppContext& context, Id noteId, QWidget* parent = nullptr);

    Id noteId() const { return m_noteId; }
    const std::optional<Note>& note() const { return m_note; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* addendumButton() const { return m_addendum; }
    QPushButton* cosignButton() const { return m_cosign; }
    QPushButton* returnButton() const { return m_return; }
    // Everything shown, one line per label, for tests and screen readers.
    QString contentText() const;

public slots:
    void reload();
    // Each opens its dialog window-modal (open(), no nested event loop).
    void addAddendum();
    void cosign();
    void returnToAuthor();

signals:
    // An addendum, a co-signature or a return was recorded.
    void changed();

private:
    QWidget* createContent(const Note& note);
    void updateButtons();

    AppContext& m_context;
    Id m_noteId;
    std::optional<Note> m_note;
    MessageBar* m_messageBar;
    QScrollArea* m_scroll;
    QPushButton* m_addendum;
    QPushButton* m_cosign;
    QPushButton* m_return;
    QPushButton* m_close;
};

} // namespace stepwise
