/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["<limber-exercise-card> en"] = 
`link: Source 1
link: Source 2
link: Source 6
link: Source 1
link: Source 2
link: Source 6
link: Source 4
link: Source 3
link: Source 2
link: Source 6
link: Source 2
link: Source 3
link: Source 4
link: Source 3
link: Source 2
link: Source 3
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Source 2
link: Source 2
link: Source 7
link: Source 6
link: Source 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
disclosure: When to see a doctor
link: Source 3
link: Source 4
link: Source 2
link: Source 5
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
link: Source 2
link: Source 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Self-help and information – Lower back
link: Low back pain (LBP)
link: Sciatica: Symptoms and causes`;
/* end snapshot <limber-exercise-card> en */

snapshots["<limber-exercise-card> es"] = 
`link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 6
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 3
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Fuente 2
link: Fuente 2
link: Fuente 7
link: Fuente 6
link: Fuente 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
disclosure: Cuándo ir al médico
link: Fuente 3
link: Fuente 4
link: Fuente 2
link: Fuente 5
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
link: Fuente 2
link: Fuente 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Self-help and information – Lower back
link: Low back pain (LBP)
link: Sciatica: Symptoms and causes`;
/* end snapshot <limber-exercise-card> es */

snapshots["<limber-causes> en"] = 
`link: Source 1
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight`;
/* end snapshot <limber-causes> en */

snapshots["<limber-causes> es"] = 
`link: Fuente 1
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight`;
/* end snapshot <limber-causes> es */

snapshots["<limber-treatment-list> en"] = 
`link: Source 1
link: Source 2
link: Source 3
link: Source 4
link: Source 5
link: Source 1
link: Sciatica
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)`;
/* end snapshot <limber-treatment-list> en */

snapshots["<limber-treatment-list> es"] = 
`disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
link: Fuente 1
disclosure: Palabras originales
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 1
link: Sciatica
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)`;
/* end snapshot <limber-treatment-list> es */

snapshots["<limber-tip> es"] = 
`disclosure: Palabras originales`;
/* end snapshot <limber-tip> es */

snapshots["<limber-care-card> en"] = 
`link: Source 1
link: Source 2
link: Source 6
link: Source 1
link: Source 2
link: Source 6
link: Source 4
link: Source 3
link: Source 2
link: Source 6
link: Source 2
link: Source 3
link: Source 4
link: Source 3
link: Source 2
link: Source 3
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Source 2
link: Source 2
link: Source 7
link: Source 6
link: Source 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back`;
/* end snapshot <limber-care-card> en */

snapshots["<limber-care-card> es"] = 
`link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 6
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 3
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Fuente 2
link: Fuente 2
link: Fuente 7
link: Fuente 6
link: Fuente 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back`;
/* end snapshot <limber-care-card> es */

snapshots["<limber-disclaimer> en"] = 
`button: Dismiss`;
/* end snapshot <limber-disclaimer> en */

snapshots["<limber-disclaimer> es"] = 
`button: Cerrar`;
/* end snapshot <limber-disclaimer> es */

snapshots["<limber-cta> en"] = 
`link: Check your coverage`;
/* end snapshot <limber-cta> en */

snapshots["<limber-cta> es"] = 
`link: Compruebe su cobertura`;
/* end snapshot <limber-cta> es */

snapshots["<limber-citations> en"] = 
`link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-citations> en */

snapshots["<limber-citations> es"] = 
`link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
link: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-citations> es */

snapshots["<limber-cite> en"] = 
`link: Reference 2
link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-cite> en */

snapshots["<limber-cite> es"] = 
`link: Referencia 2
link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
link: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-cite> es */

snapshots["<limber-article> en"] = 
`link: When to get help
link: What causes a pinched nerve in the low back
link: Exercises for a pinched nerve in the low back
link: Other treatments for a pinched nerve in the low back
link: Tip: Pre-treat with heat
link: How Hinge Health can help
link: Experts named in the source article
link: References
link: Source 1
link: Source 2
link: Source 6
link: Source 1
link: Source 2
link: Source 6
link: Source 4
link: Source 3
link: Source 2
link: Source 6
link: Source 2
link: Source 3
link: Source 4
link: Source 3
link: Source 2
link: Source 3
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Source 2
link: Source 2
link: Source 7
link: Source 6
link: Source 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
link: Source 1
link: Source 2
link: Source 1
link: Source 1
link: Source 3
link: Source 1
link: Source 3
link: Source 1
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Low back pain (LBP)
link: Self-help and information – Lower back
link: Low back pain
link: Back pain
link: Sciatica
link: Source 1
link: Source 3
link: Source 1
link: Source 2
link: Source 3
link: Source 2
link: Source 4
link: Source 5
link: Sciatica: Symptoms and causes
link: Sciatica
link: Exercise advice for back pain
link: Self-help and information – Lower back
link: Low back pain
link: Source 1
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight
link: Reference 20
link: Reference 18
link: Reference 8
link: Reference 16
link: Source 1
link: Source 2
button: Play the movement
link: Source 3
link: Source 3
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
link: Source 2
link: Source 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
link: Exercises for sciatica: Piriformis syndrome
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
button: Add reminders to my calendar
link: Source 1
link: Source 1
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
button: Add reminders to my calendar
link: Source 1
link: Source 1
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 2
link: Source 2
link: Back mobility exercises
link: Exercises for back pain
link: Source 1
link: Source 2
link: Source 3
link: Source 4
link: Source 5
link: Source 1
link: Sciatica
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
link: Check your coverage
link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-article> en */

snapshots["<limber-article> es"] = 
`link: Cuándo pedir ayuda
link: Qué causa un nervio pinzado en la parte baja de la espalda
link: Ejercicios para un nervio pinzado en la parte baja de la espalda
link: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
link: Consejo: Prepárese con calor
link: Cómo puede ayudarle Hinge Health
link: Expertos que nombra el artículo original
link: Referencias
disclosure: Palabras originales
disclosure: Palabras originales
link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 6
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 3
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Fuente 2
link: Fuente 2
link: Fuente 7
link: Fuente 6
link: Fuente 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
link: Fuente 1
link: Fuente 2
link: Fuente 1
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Low back pain (LBP)
link: Self-help and information – Lower back
link: Low back pain
link: Back pain
link: Sciatica
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 2
link: Fuente 3
link: Fuente 2
link: Fuente 4
link: Fuente 5
link: Sciatica: Symptoms and causes
link: Sciatica
link: Exercise advice for back pain
link: Self-help and information – Lower back
link: Low back pain
link: Fuente 1
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight
disclosure: Palabras originales
link: Referencia 20
link: Referencia 18
link: Referencia 8
link: Referencia 16
link: Fuente 1
link: Fuente 2
button: Ver el movimiento
link: Fuente 3
link: Fuente 3
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
link: Fuente 2
link: Fuente 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
link: Exercises for sciatica: Piriformis syndrome
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
button: Añadir recordatorios a mi calendario
link: Fuente 1
link: Fuente 1
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
button: Añadir recordatorios a mi calendario
link: Fuente 1
link: Fuente 1
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 2
link: Fuente 2
link: Back mobility exercises
link: Exercises for back pain
disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
disclosure: Palabras originales
link: Fuente 1
disclosure: Palabras originales
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 1
link: Sciatica
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
disclosure: Palabras originales
link: Compruebe su cobertura
link: https://doi.org/10.1097/BRS.0000000000002961
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
link: https://doi.org/10.1179/2042618615Y.0000000020
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
link: https://www.nice.org.uk/guidance/ng59
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
link: https://healthify.nz/health-a-z/s/sciatica
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
link: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-article> es */

snapshots["<limber-exercise-list> en"] = 
`link: Source 1
link: Source 2
link: Source 6
link: Source 1
link: Source 2
link: Source 6
link: Source 4
link: Source 3
link: Source 2
link: Source 6
link: Source 2
link: Source 3
link: Source 4
link: Source 3
link: Source 2
link: Source 3
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Source 2
link: Source 2
link: Source 7
link: Source 6
link: Source 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
link: Source 1
link: Source 2
link: Source 1
link: Source 1
link: Source 3
link: Source 1
link: Source 3
link: Source 1
link: Source 3
link: Source 4
link: Source 5
link: Source 5
link: Low back pain (LBP)
link: Self-help and information – Lower back
link: Low back pain
link: Back pain
link: Sciatica
link: Source 1
link: Source 3
link: Source 1
link: Source 2
link: Source 3
link: Source 2
link: Source 4
link: Source 5
link: Sciatica: Symptoms and causes
link: Sciatica
link: Exercise advice for back pain
link: Self-help and information – Lower back
link: Low back pain
link: Source 1
link: Source 2
link: Source 3
link: Source 4
link: Self-help and information – Lower back
link: Low back pain (LBP)
link: Exercises for back pain
link: Sciatica: Symptoms and causes
link: Source 1
link: Source 2
button: Play the movement
link: Source 3
link: Source 3
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
link: Source 2
link: Source 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
link: Exercises for sciatica: Piriformis syndrome
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
button: Add reminders to my calendar
link: Source 1
link: Source 1
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 1
button: Start guided exercise
button: Add reminders to my calendar
link: Source 1
link: Source 1
link: Exercises for back pain
link: Source 1
button: Play the movement
link: Source 2
link: Source 2
link: Back mobility exercises
link: Exercises for back pain`;
/* end snapshot <limber-exercise-list> en */

snapshots["<limber-exercise-list> es"] = 
`link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 1
link: Fuente 2
link: Fuente 6
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 6
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Fuente 3
link: Fuente 2
link: Fuente 3
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Fuente 2
link: Fuente 2
link: Fuente 7
link: Fuente 6
link: Fuente 3
link: Sciatica
link: Low back pain (LBP)
link: Cauda equina syndrome
link: Sciatica
link: Sciatica: Symptoms and causes
link: Sciatica
link: Self-help and information – Lower back
link: Fuente 1
link: Fuente 2
link: Fuente 1
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 3
link: Fuente 4
link: Fuente 5
link: Fuente 5
link: Low back pain (LBP)
link: Self-help and information – Lower back
link: Low back pain
link: Back pain
link: Sciatica
link: Fuente 1
link: Fuente 3
link: Fuente 1
link: Fuente 2
link: Fuente 3
link: Fuente 2
link: Fuente 4
link: Fuente 5
link: Sciatica: Symptoms and causes
link: Sciatica
link: Exercise advice for back pain
link: Self-help and information – Lower back
link: Low back pain
link: Fuente 1
link: Fuente 2
link: Fuente 3
link: Fuente 4
link: Self-help and information – Lower back
link: Low back pain (LBP)
link: Exercises for back pain
link: Sciatica: Symptoms and causes
link: Fuente 1
link: Fuente 2
button: Ver el movimiento
link: Fuente 3
link: Fuente 3
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
link: Fuente 2
link: Fuente 2
link: Exercise advice for back pain
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
link: Exercises for sciatica: Piriformis syndrome
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
button: Añadir recordatorios a mi calendario
link: Fuente 1
link: Fuente 1
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 1
button: Empezar el ejercicio guiado
button: Añadir recordatorios a mi calendario
link: Fuente 1
link: Fuente 1
link: Exercises for back pain
link: Fuente 1
button: Ver el movimiento
link: Fuente 2
link: Fuente 2
link: Back mobility exercises
link: Exercises for back pain`;
/* end snapshot <limber-exercise-list> es */

snapshots["<limber-tip> en"] = 
`(nothing Tab stops on)`;
/* end snapshot <limber-tip> en */

snapshots["<limber-expert-card> en"] = 
`(nothing Tab stops on)`;
/* end snapshot <limber-expert-card> en */

snapshots["<limber-expert-card> es"] = 
`(nothing Tab stops on)`;
/* end snapshot <limber-expert-card> es */

snapshots["<limber-expert-list> en"] = 
`(nothing Tab stops on)`;
/* end snapshot <limber-expert-list> en */

snapshots["<limber-expert-list> es"] = 
`(nothing Tab stops on)`;
/* end snapshot <limber-expert-list> es */

snapshots["<limber-topic-index> en"] = 
`input: Find a topic
link: Osteoarthritis of the knee
link: Pinched nerve in the low back`;
/* end snapshot <limber-topic-index> en */

snapshots["<limber-topic-index> es"] = 
`input: Buscar un tema
link: Artrosis de rodilla
link: Nervio pinzado en la parte baja de la espalda`;
/* end snapshot <limber-topic-index> es */

