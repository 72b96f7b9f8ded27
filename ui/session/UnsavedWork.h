// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftStore.h"

#include <QList>
#include <QObject>

class QWidget;

namespace stepwise {

// A form that may hold typing nobody has saved yet. When the screen locks and another user
// wants the workstation, the person who typed it decides: keep it as a draft, or throw it away.
class UnsavedForm
{
public:
    virtual ~UnsavedForm() = default;

    // The window to close once its owner has decided.
    virtual QWidget* formWindow() = 0;
    // What the form is, in words safe to show on the lock screen: no participant's name.
    virtual QString unsavedTitle() const = 0;
    virtual bool isModified() const = 0;
    // Everything typed, for DraftStore (kind, subject, a title for the owner, the fields).
    virtual Draft draft() const = 0;
    // Closes the form without saving and without asking again: its owner already decided.
    virtual void discard() = 0;
};

// The forms open right now. Forms add themselves when built and leave when destroyed.
class UnsavedWork : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void add(UnsavedForm* form);
    void remove(UnsavedForm* form);
    QList<UnsavedForm*> forms() const { return m_forms; }
    // The open forms with changes, in the order they were opened.
    QList<UnsavedForm*> modified() const;

private:
    QList<UnsavedForm*> m_forms;
};

} // namespace stepwise
