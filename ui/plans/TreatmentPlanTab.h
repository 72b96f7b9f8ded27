// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TreatmentPlanStore.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace stepwise {

class AppContext;
class MessageBar;
class PlanTree;

// The chart's Treatment Plan tab for the participant's latest episode: where the plan stands
// (the current version, who finalized it, the participant's agreement, when the next review is
// due), the current plan as a tree, and the history of versions and reviews. Edit Plan… opens
// the draft (starting one from the current version), Record Review… and Participant
// Agreement… act on the current version, Print… prints it.
class TreatmentPlanTab : public QWidget
{
    Q_OBJECT
public:
    explicit TreatmentPlanTab(AppContext& context, QWidget* parent = nullptr);

    void showParticipant(Id participantId);
    void reload();

    // What the tab shows, for tests and the chart header.
    QString statusText() const;
    QString dueText() const;
    bool isOverdue() const { return m_due && m_due->overdue(); }
    const std::optional<PlanVersion>& currentVersion() const { return m_current; }
    PlanTree* planTree() const { return m_tree; }
    QListWidget* versionList() const { return m_versions; }
    QListWidget* reviewList() const { return m_reviews; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* reviewButton() const { return m_review; }
    QPushButton* agreementButton() const { return m_agreement; }
    QPushButton* printButton() const { return m_print; }

public slots:
    void editPlan();
    void recordReview();
    void recordAgreement();
    void print();
    void showVersion(Id planId);

private:
    void clearView(const QString& message);
    void updateButtons();

    AppContext& m_context;
    Id m_participantId = 0;
    Id m_episodeId = 0;
    bool m_episodeOpen = false;
    QList<PlanVersion> m_all;
    std::optional<PlanVersion> m_current;
    std::optional<PlanVersion> m_draft;
    std::optional<PlanDue> m_due;
    MessageBar* m_messageBar;
    QLabel* m_status;
    QLabel* m_draftLine;
    QLabel* m_dueLine;
    PlanTree* m_tree;
    QListWidget* m_versions;
    QListWidget* m_reviews;
    QPushButton* m_edit;
    QPushButton* m_review;
    QPushButton* m_agreement;
    QPushButton* m_print;
};

} // namespace stepwise
