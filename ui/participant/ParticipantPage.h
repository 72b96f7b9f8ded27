// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace stepwise {

class AppContext;
class AssessmentsTab;
class AttendanceTab;
class DiagnosisModel;
class SafetyAlertBanner;
class MessageBar;
class EpisodeActions;
class NotesTab;
class TreatmentPlanTab;
class CarePlansTab;
class RecoveryTab;
class ConsentsTab;
class PhaseHistoryView;
class PhaseModel;
class PhaseTimeline;
class PlainLabel;
class ReadOnlyTable;

// One participant: who they are, how to reach them, their diagnoses and where they are in
// care, with the actions a counselor takes from here.
class ParticipantPage : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipantPage(AppContext& context, QWidget* parent = nullptr);
    ~ParticipantPage() override;

    // Loads and shows the participant; false (with the reason in the message bar) if it fails.
    bool showParticipant(Id participantId);
    Id participantId() const { return m_participant ? m_participant->id : 0; }
    const std::optional<Participant>& participant() const { return m_participant; }
    const std::optional<Episode>& currentEpisode() const { return m_episode; }

    QAction* backAction() const { return m_backAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* changePhaseAction() const { return m_changePhaseAction; }
    QAction* editPlanAction() const { return m_editPlanAction; }

    QLabel* nameLabel() const { return m_name; }
    QLabel* careStatusLabel() const { return m_careStatus; }
    PlainLabel* valueLabel(const QString& key) const { return m_values.value(key); }
    PhaseModel* phaseModel() const { return m_phaseModel; }
    DiagnosisModel* diagnosisModel() const { return m_diagnosisModel; }
    PhaseTimeline* timeline() const { return m_timeline; }
    MessageBar* messageBar() const { return m_messageBar; }
    QTabWidget* tabs() const { return m_tabs; }
    AssessmentsTab* assessmentsTab() const { return m_assessments; }
    AttendanceTab* attendanceTab() const { return m_attendance; }
    NotesTab* notesTab() const { return m_notes; }
    TreatmentPlanTab* planTab() const { return m_plan; }
    CarePlansTab* carePlansTab() const { return m_carePlans; }
    RecoveryTab* recoveryTab() const { return m_recovery; }
    ConsentsTab* consentsTab() const { return m_consents; }
    EpisodeActions* episodeActions() const { return m_episodeActions; }
    // Shows the Attendance tab (hours, readiness) of the participant on screen.
    void showAttendance();
    void showNotes();
    void showPlan();
    SafetyAlertBanner* safetyBanner() const { return m_safetyBanner; }

public slots:
    void editParticipant();
    void changePhase();
    void editPlan();
    void reload();
    // Opens the entry form of an instrument on the Assessments tab.
    void recordAssessment(const QString& instrumentId);

signals:
    void backRequested();

private:
    void showEmergencyBanner(Id participantId);
    void showSafetyAlerts(Id participantId);
    void createActions();
    QWidget* createHeader();
    QWidget* createDetails();
    QWidget* createCare();
    PlainLabel* addValue(QFormLayout* form, const QString& label, const QString& key);
    void setValue(const QString& key, const QString& text);
    void fill(const Participant& p, const QString& counselorName, const QList<Episode>& episodes);
    void onParticipantChanged(Id participantId);

    AppContext& m_context;
    std::optional<Participant> m_participant;
    std::optional<Episode> m_episode; // the open one, or else the latest
    MessageBar* m_messageBar;
    SafetyAlertBanner* m_safetyBanner = nullptr;
    QTabWidget* m_tabs = nullptr;
    AssessmentsTab* m_assessments = nullptr;
    AttendanceTab* m_attendance = nullptr;
    NotesTab* m_notes = nullptr;
    TreatmentPlanTab* m_plan = nullptr;
    CarePlansTab* m_carePlans = nullptr;
    RecoveryTab* m_recovery = nullptr;
    ConsentsTab* m_consents = nullptr;
    EpisodeActions* m_episodeActions = nullptr;
    QLabel* m_name = nullptr;
    PlainLabel* m_summary = nullptr;
    QLabel* m_careStatus = nullptr;
    QHash<QString, PlainLabel*> m_values;
    PhaseTimeline* m_timeline = nullptr;
    PhaseModel* m_phaseModel = nullptr;
    PhaseHistoryView* m_phaseView = nullptr;
    DiagnosisModel* m_diagnosisModel = nullptr;
    ReadOnlyTable* m_diagnosisView = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_changePhaseAction = nullptr;
    QAction* m_editPlanAction = nullptr;
};

} // namespace stepwise
