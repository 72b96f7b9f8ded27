// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Schedule.h"
#include "session/UnsavedWork.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class AttendanceSheetModel;
class AttendanceSheetView;
class DraftOffer;
class MessageBar;

// Attendance for one session on one screen, taken from the keyboard (AttendanceSheetView):
// the expected participants, drop-ins added from the people in care, Mark Rest Present for
// the usual case. Save writes the whole sheet through AttendanceStore in one transaction;
// a refusal keeps everything on screen, marks the rows and names each participant and reason.
class AttendanceDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    // The draft kind is this prefix and the session id (drafts name participants, not sessions).
    static constexpr const char* DraftKindPrefix = "attendance.session.";

    AttendanceDialog(AppContext& context, Id sessionId, QWidget* parent = nullptr);
    ~AttendanceDialog() override;

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    void accept() override;
    void reject() override;

private:
    void build();
    QWidget* createHeader();
    void load();
    void markRestPresent();
    void addDropIn();
    void showRefusal(const Error& error);
    void applyDraft(const Draft& draft);
    void updateTally();
    void setReadOnly(bool readOnly);
    QString draftKind() const;

    AppContext& m_context;
    Id m_sessionId;
    std::optional<ScheduledSession> m_session;
    AttendanceSheetModel* m_model = nullptr;
    AttendanceSheetView* m_view = nullptr;
    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QLabel* m_tally = nullptr;
    QPushButton* m_restPresent = nullptr;
    QPushButton* m_dropIn = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_discarding = false;
};

} // namespace stepwise
