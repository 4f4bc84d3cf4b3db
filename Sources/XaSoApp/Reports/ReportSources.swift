import Foundation
import XaSoCore
import XaSoPersistence

/// Connects the dossier ledger and the plan tracking to the reports that quote them.
enum ReportSources {
    /// The commune's dossier statistics over the days given; nil when it keeps no ledger in XaSo.
    static let dossiers: ReportExtras.DossierSource = { store, unitCode, range in
        guard try await store.hasDossiers(unitCode: unitCode) else { return nil }
        let s = try await store.dossierStatistics(unitCodes: [unitCode], range: range)[unitCode] ?? .init()
        return ReportDossierFigures(s, range: range,
                                    procedures: try await store.procedureActivity(unitCode: unitCode, range: range))
    }

    /// The latest plan stored for the commune, its work tasks judged as of the period's end (or today, if earlier).
    static let plan: ReportExtras.PlanSource = { store, unitCode, period in
        guard let plan = try await store.plans(unitCode: unitCode).last else { return nil }
        let asOf = min(LocalDay(date: Date()), period.calendarRange.to)
        let tasks = try await store.taskStates(unitCode: unitCode, planID: plan.id, today: asOf).map { state in
            ReportTaskRow(number: state.task.task.number, title: state.task.task.title, lead: state.task.task.lead,
                          status: state.evaluation.status, deadline: state.task.task.deadline.label,
                          dueDate: state.evaluation.due, parentNumber: state.task.task.parentNumber,
                          partners: state.task.task.partners, content: state.task.task.content,
                          solution: state.task.task.solution)
        }
        return ReportPlanProgress(planTitle: plan.title, asOf: asOf, tasks: tasks)
    }
}
