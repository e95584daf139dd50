import { analyticsFromAggregates } from "./src/io/sql/analytics-from-aggregates";
import { eventsSql } from "./src/io/sql/events-sql";
import { createEventAnalyzer } from "./src/measure/create-event-analyzer";
import { parseJourneyMap } from "./src/validate/safe-parse-journey-map";
import { LOG_COLUMNS, runDuckDb } from "./tests/io/sql/engines";
import { toEventRows } from "./tests/io/sql/log-arbitraries";
const map = parseJourneyMap({schemaVersion:1,id:"m",title:"G",stages:[{id:"s0",name:"S0"}],touchpoints:[{id:"t0",stageId:"s0",name:"T0",observe:[{event:"*"}]},{id:"t1",stageId:"s0",name:"T1"}]});
const rows = [{"case_id":"c,5","name":"view","ts":1772355600000,"url":null,"plan":null,"seg":"é","line":0},{"case_id":"c,5","name":"view","ts":1772355600000,"url":null,"plan":null,"seg":"app","line":1}];
const o = {collapseRepeats:false, segmentBy:"segment"};
const a = createEventAnalyzer(map, {...o, minSegmentCases:1}); a.addAll(toEventRows(rows));
const x = JSON.stringify(a.result(), null, 1).split("\n");
const y = JSON.stringify(analyticsFromAggregates(map, await runDuckDb(rows, eventsSql(map,{dialect:"duckdb",table:"events",columns:LOG_COLUMNS,timeType:"epoch_ms",...o})), {...o,minSegmentCases:1}), null, 1).split("\n");
for (let i=0;i<Math.max(x.length,y.length);i++) if (x[i]!==y[i]) { console.log(i, x.slice(i-3,i+3).join(""), "\n VS \n", y.slice(i-3,i+3).join("")); break; }
