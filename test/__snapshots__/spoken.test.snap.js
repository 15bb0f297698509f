/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["<limber-article> en"] = 
`article: Exercises for a pinched nerve in the low back
heading level 2: Exercises for a pinched nerve in the low back
What a pinched nerve in the low back is, why it happens, and how gentle exercise and care at home can help.
Source article published:
May 3, 2023
First published here:
November 26, 2026
Last reviewed:
December 1, 2026 (sources checked; not reviewed by a clinician)
Next review:
June 1, 2027
Limber adapted this page from “Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists”, an article by Hinge Health published May 3, 2023. Limber also added exercises, care advice and notes from public sources, checked December 1, 2026. Each part says where it comes from.
navigation: Contents
list, 8 items
1.
link: When to get help
2.
link: What causes a pinched nerve in the low back
3.
link: Exercises for a pinched nerve in the low back
4.
link: Other treatments for a pinched nerve in the low back
5.
link: Tip: Pre-treat with heat
6.
link: How Hinge Health can help
7.
link: Experts named in the source article
8.
link: References
From the Hinge Health article (2023)
A nerve is pinched when the tissue around it presses on it or irritates it. This can cause sharp pain, weakness, numbness or pins and needles anywhere along the nerve. It can happen in the neck, shoulder, upper back or low back. It often comes from swelling near the nerve root, the part of a nerve where it leaves the spine.
Symptoms range from a faint tingle to a strong burning feeling. Most pinched nerves are not serious and get better with time. But even mild symptoms can make it hard to move and to do daily tasks. Care at home can ease the pain and help you get better sooner.
“When you do anything that stretches that nerve, you can get more pain.”
— CJ Morrow, PT, DPT, Physical Therapist
“Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.”
— CJ Morrow, PT, DPT, Physical Therapist
region: When to get help
heading level 3: When to get help
region: EMERGENCY: Get emergency help now if
heading level 4: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) and NHS inform
list, 8 items
• you have sciatica in both legs
link: Source 1
link: Source 2
link: Source 5
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 5
• you feel numb around or under your genitals or anus
link: Source 1
link: Source 2
• it is hard to start peeing, you cannot pee, or you cannot control when you pee, and this is new for you
link: Source 2
link: Source 3
link: Source 6
• you do not feel when you need to poop, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex, such as less feeling or no erection
link: Source 3
link: Source 6
• you have sudden, severe pain in your low back or a leg, with numbness or weakness in a leg
link: Source 4
• you have pain after a serious injury, such as a car crash or a fall from a height
link: Source 4
link: Source 2
Call your local emergency number or go to the nearest emergency department now. Do not wait to see if it gets better. These signs can mean cauda equina syndrome, when the nerves at the bottom of the spine are squeezed. It is rare, but it needs surgery right away.
link: Source 5
heading level 5: Sources
list, 6 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
link: Sciatica
6. NHS inform:
link: Sciatica
region: URGENT: Speak to a doctor as soon as possible if
heading level 4: URGENT: Speak to a doctor as soon as possible if
Added by Limber from Northern Health and Social Care Trust and NHS inform
list, 4 items
• a leg or foot is getting weaker, so a foot drags or slaps the ground as you walk
link: Source 1
• you are very unsteady on your feet
link: Source 1
• you feel unwell in general
link: Source 2
• your sciatica started while you were ill with another health problem
link: Source 2
Contact your doctor as soon as you can, or get urgent care.
heading level 5: Sources
list, 2 items
1. Northern Health and Social Care Trust:
link: Low back pain (LBP)
2. NHS inform:
link: Sciatica
region: NON-URGENT: See a doctor if
heading level 4: NON-URGENT: See a doctor if
Added by Limber from Mayo Clinic and NHS 111 Wales
list, 3 items
• the pain has lasted more than a week, or care at home has not eased it
link: Source 1
• the pain is severe or getting worse
link: Source 1
link: Source 2
• the pain stops you from doing your usual activities
link: Source 2
Make an appointment with your doctor. If you also have any emergency sign, do not wait: get emergency help now.
heading level 5: Sources
list, 2 items
1. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
2. NHS 111 Wales:
link: Sciatica
region: What causes a pinched nerve in the low back
heading level 3: What causes a pinched nerve in the low back
From the Hinge Health article (2023)
Several conditions can pinch a nerve in the low back. Most of them come from lumbar spondylosis. This means slow, natural changes in the low back over time. They happen in the discs, the soft pads between the bones of the spine. They also happen in the facet joints, the small joints that link those bones.
These changes sound worrying, but they do not have to cause pain. Many people whose scans show them have no symptoms at all.
link: Source 1
In some people, though, they lead to one of the conditions below.
list, 2 items
heading level 4: Herniated disc
The bones of the spine are called vertebrae. Between them sit discs that work like shock absorbers. Each disc has a soft center inside a tougher outer ring. When the center pushes against the ring, the disc can press on a nerve root. Then symptoms can spread from the low back through the hip and buttock, and down the leg to the foot and toes. This is a common cause of a pinched nerve in the low back.
heading level 4: Spinal stenosis
With age, changes in the spine can narrow the spinal canal, the space inside the spine. That leaves less room for the spinal cord and the nerve roots.
heading level 4: Sources
list, 1 item
1. Romeo et al. (2019):
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight
region: Exercises for a pinched nerve in the low back
heading level 3: Exercises for a pinched nerve in the low back
From the Hinge Health article (2023)
The source article shows its exercises in videos by Hinge Health physical therapists. Those videos are not shown here. The article says gentle exercises help an irritated nerve in two ways. They make your core stronger, and a strong core supports your back, which can help with sciatica. They also help your hips and low back move more freely.
“Basically, they help calm down the nerve and work to build support and strength through the area.”
— CJ Morrow, PT, DPT, Physical Therapist
Added by Limber from NHS, NHS inform, Cambridge University Hospitals, Ellis et al. (2012), Mayo Clinic, NHS Greater Glasgow and Clyde and Chartered Society of Physiotherapy
The exercises below are not the article’s. Limber chose them from NHS pages, a physical therapy group’s page, a hospital leaflet and a study. Each card names its sources. The article’s experts have not seen or checked them.
list, 3 items
• Did your pain begin after an injury, like a fall or a car crash? Then check with a doctor or physical therapist before you start. This counts even for a small injury if your bones are weak or you have taken steroids for a long time.
link: Reference 17
• Stop an exercise if it makes your symptoms worse or causes new pain.
link: Reference 8
• If you are not getting better, see a doctor. When to get help, above, says when.
link: Reference 13
list, 6 items
article: Sciatic nerve slider
heading level 4: Sciatic nerve slider
Goal: Nerve mobility
Added by Limber from Ellis et al. (2012)
A slider moves the knee and the neck together. The nerve is eased at one end while it is drawn at the other, so it slides instead of being stretched. This card is Limber’s home version of a movement tested on 31 healthy adults. The study measured how far the nerve moved, not whether pain eased.
link: Source 1
image: Drawing of a person sitting upright on a chair with both feet on the floor. Next, the knee of the sore leg straightens while the head tips back to look up. Then the knee bends again while the chin comes down toward the chest.
button, not pressed: Play the movement
heading level 5: Starting position
Sit on a firm chair with both feet on the floor.
heading level 5: Steps
list, 3 items
1 Slowly straighten the knee of the sore leg while you tip your head back to look up.
2 Bend the knee back down while you bring your chin down toward your chest.
3 Keep the movement slow and small. It should not bring on your leg symptoms.
heading level 5: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 5: Warning: Stop and get advice if
list, 2 items
• your leg symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 5: Sources
list, 2 items
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging
2. NHS inform:
link: Exercises for back pain
article: Knee to chest
heading level 4: Knee to chest
Goal: Mobility
Added by Limber from Chartered Society of Physiotherapy
Gently bends the low back as you pull one knee at a time toward your chest.
link: Source 1
image: Drawing of a person lying on their back with the knees bent and the feet on the floor. Next, the hands pull one knee toward the chest while the other foot stays down. Then that foot goes back down, and the other knee comes up.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 3 items
1 Bring one knee up. Gently pull it in toward your chest with your hands, and hold.
2 Lower that foot back to the floor.
3 Do the same with the other knee, and hold. Then lower it. That is one repetition.
heading level 5: How much
Repetitions
5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
Up to 5 times on each side.
button: Start guided exercise
heading level 5: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 5: Sources
list, 2 items
1. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
2. NHS inform:
link: Exercises for back pain
article: Buttock (piriformis) stretch
heading level 4: Buttock (piriformis) stretch
Goal: Flexibility
Added by Limber from NHS
Stretches the piriformis, a small muscle deep in the buttock. It lies close to the sciatic nerve. The source is an NHS video about sciatica and piriformis syndrome.
link: Source 1
image: Drawing, seen from beside the feet, of a person lying on their back with the knees bent and the arms by the sides. Next, both hands bring the knee of the sore side up toward the chest and a little across the body, toward the opposite shoulder. An arrow shows the way the knee moves.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 2 items
1 Bring the knee of the sore side up toward your chest. Then take it a little across your body, toward the opposite shoulder.
2 Hold it there gently, then bring the leg back down.
heading level 5: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 5: Warning: Stop and get advice if
list, 1 item
• you feel any pain or discomfort
link: Source 1
heading level 5: Sources
list, 1 item
1. NHS:
link: Exercises for sciatica: Piriformis syndrome
article: Knee rolls
heading level 4: Knee rolls
Goal: Mobility
Added by Limber from NHS inform
Gets the low back moving again with a slow roll of the knees from side to side.
link: Source 1
image: Drawing, seen from the feet, of a person lying on their back with the knees bent and together and the arms by the sides. The knees roll to the right, come back to the middle, then roll to the left. Arrows show which way they roll.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 3 items
1 Let both knees roll slowly to the right, and hold.
2 Bring them back to the middle.
3 Roll them slowly to the left, and hold. Then come back to the middle. That is one repetition.
heading level 5: How much
Repetitions
5 times
Hold
2 seconds
How often
3 times a day
This dose is the one its source gives for this movement.
link: Source 1
Add one or two repetitions every few days, as long as it feels comfortable.
button: Start guided exercise
button: Add reminders to my calendar
heading level 5: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 1
• you feel new pain
link: Source 1
heading level 5: Sources
list, 1 item
1. NHS inform:
link: Exercises for back pain
article: Pelvic tilt
heading level 4: Pelvic tilt
Goal: Mobility
Added by Limber from NHS inform
A small, gentle movement of the low back, done lying down.
link: Source 1
image: Drawing of a person lying on their back with the knees bent and a small gap under the low back. Next, the low back presses flat into the floor, then relaxes again.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 2 items
1 Press the small of your back into the floor, and hold.
2 Let your back relax again. That is one repetition.
heading level 5: How much
Repetitions
5 times
Hold
2 seconds
How often
3 times a day
This dose is the one its source gives for this movement.
link: Source 1
Add one or two repetitions every few days, as long as it feels comfortable.
button: Start guided exercise
button: Add reminders to my calendar
heading level 5: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 1
• you feel new pain
link: Source 1
heading level 5: Sources
list, 1 item
1. NHS inform:
link: Exercises for back pain
article: Bridge
heading level 4: Bridge
Goal: Mobility
Added by Limber from Cambridge University Hospitals
Lifts the hips and low back off the floor from a pelvic tilt, then lowers them slowly.
link: Source 1
image: Drawing of a person lying on their back with the knees bent. The low back flattens into the floor, then the hips and low back lift off the floor while the shoulders and feet stay down, then lower again.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 3 items
1 Flatten your back into the floor by tilting your pelvis backward.
2 Slowly lift your hips and low back off the floor, and hold.
3 Lower yourself slowly back to the floor.
heading level 5: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 5: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 5: Sources
list, 2 items
1. Cambridge University Hospitals NHS Foundation Trust:
link: Back mobility exercises
2. NHS inform:
link: Exercises for back pain
note: About these exercises
About these exercises: Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you. Neither Limber nor the article’s experts can see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start. Added by Limber
region: Other treatments for a pinched nerve in the low back
heading level 3: Other treatments for a pinched nerve in the low back
From the Hinge Health article (2023)
The source article says a pinched nerve in the low back often gets better by itself. These things can help you get better sooner.
list, 5 items
heading level 4: Support your posture with pillows
When you sit, put a small pillow behind your back or under your hips. It tips your pelvis a little forward and helps your spine line up better.
“Sitting in a slumped position can pull on the nerves and cause more sensitivity.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: A little rest, not bed rest
Short breaks are fine. On days when the pain feels like too much, find an escape position. This is a way of lying or sitting that lets your body relax and feel better. Use it to rest while you build your strength back up.
“Movement is medicine, but there are times when you need to give your body a short five to 10 minute rest — and that’s an okay thing to do.”
— CJ Morrow, PT, DPT, Physical Therapist
“Use your escape position as a way of providing rest while you’re building your body back up to be stronger and more flexible.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Ice and heat
Cold or warmth will not free the nerve. But feeling better can make it easier to move.
“Both are great.”
— CJ Morrow, PT, DPT, Physical Therapist
“They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.”
— CJ Morrow, PT, DPT, Physical Therapist
Added by Limber from NHS 111 Wales
Evidence note: Do not use a hot-water bottle on skin that feels numb. You could burn yourself without noticing.
link: Source 1
heading level 4: Walking
Walking will not free a pinched nerve. But the way your body moves when you walk usually takes stress off an irritated sciatic nerve. Walking also brings more blood to the nerve. This may help it heal and ease the pain.
“As you walk, you gently stretch the nerve through its range of motion.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Pain relief medicines
The source article names three pain relievers. They are ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol). It says they can help with sciatic nerve pain. It also says to check that they are safe for you, given your health history.
Added by Limber from U.S. Food and Drug Administration, Arthritis Society Canada, National Institute for Health and Care Excellence and NHS 111 Wales
Evidence note: Take no more than the label says. Ask a pharmacist or doctor first if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Then medicines like ibuprofen and naproxen may not be safe for you.
link: Source 2
link: Source 3
link: Source 4
UK advice is less sure these medicines help. A NICE guideline tells doctors not to offer acetaminophen on its own for low back pain. (In the UK it is called paracetamol.)
link: Source 5
NHS 111 Wales says paracetamol is unlikely to help sciatica. It also says it is not clear how much medicines like ibuprofen help.
link: Source 1
heading level 4: Sources
list, 5 items
1. NHS 111 Wales:
link: Sciatica
2. U.S. Food and Drug Administration:
link: The best way to take your over-the-counter pain reliever? Seriously.
3. Arthritis Society Canada:
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
4. U.S. Food and Drug Administration (2020):
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
5. National Institute for Health and Care Excellence (2020):
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
note: About medicines
About medicines: Before you take any pain reliever, make sure it is safe for you, given your health history. From the Hinge Health article (2023)
complementary: Tip: Pre-treat with heat
heading level 3: Tip: Pre-treat with heat
From the Hinge Health article (2023)
Warmth before or during exercise can help tight muscles relax. That includes the exercises for a pinched nerve.
“This can be especially helpful if you’re concerned about the pain while you move.”
— CJ Morrow, PT, DPT, Physical Therapist
region: How Hinge Health can help
heading level 3: How Hinge Health can help
Does joint or muscle pain make it hard to move? Hinge Health has an online exercise program you can follow at home with its app. It has exercises and stretches for your condition. A care team makes the program fit you.
Many employers and health plans offer it. Check whether yours covers it.
link: Check your coverage
note: Disclaimer
Disclaimer: This article is only to teach and inform. It is not medical advice. It is not care from a professional for you or your condition. From the Hinge Health article (2023)
region: Experts named in the source article
heading level 3: Experts named in the source article
These experts are named in the Hinge Health article (2023). They took part in that article only; they have not reviewed what Limber added.
list, 3 items
article: CJ Morrow, PT, DPT
heading level 4: CJ Morrow, PT, DPT
Expert quoted in the article · Physical Therapist
A physical therapist at Hinge Health. She is a board-certified orthopedic specialist. She is most interested in how the mind and body affect each other.
article: Jonathan Lee, MD, MBA
heading level 4: Jonathan Lee, MD, MBA
Medical reviewer · Orthopedic Surgeon
An orthopedic surgeon. That is a doctor who operates on bones and joints. Board certified. An Associate Medical Director at Hinge Health.
article: Dylan Peterson, PT, DPT
heading level 4: Dylan Peterson, PT, DPT
Clinical reviewer · Physical Therapist
A physical therapist at Hinge Health. Builds exercise plans and lessons for its members.
region: References
heading level 3: References
list, 21 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
link: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
link: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-article> en */

snapshots["<limber-article> es"] = 
`artículo: Ejercicios para un nervio pinzado en la parte baja de la espalda
encabezado nivel 2: Ejercicios para un nervio pinzado en la parte baja de la espalda
Qué es un nervio pinzado en la parte baja de la espalda, por qué pasa y cómo pueden ayudar el ejercicio suave y los cuidados en casa.
Publicación del artículo original:
3 de mayo de 2023
Primera publicación aquí:
26 de noviembre de 2026
Última revisión:
1 de diciembre de 2026 (fuentes comprobadas; sin revisión clínica)
Próxima revisión:
1 de junio de 2027
Limber adaptó esta página de «Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists», un artículo de Hinge Health publicado el 3 de mayo de 2023. Limber también añadió ejercicios, consejos y notas de fuentes públicas, comprobadas el 1 de diciembre de 2026. Cada parte dice de dónde viene.
Traducido del inglés; traducción pendiente de revisión clínica.
navegación: Contenido
lista, 8 elementos
1.
enlace: Cuándo pedir ayuda
2.
enlace: Qué causa un nervio pinzado en la parte baja de la espalda
3.
enlace: Ejercicios para un nervio pinzado en la parte baja de la espalda
4.
enlace: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
5.
enlace: Consejo: Prepárese con calor
6.
enlace: Cómo puede ayudarle Hinge Health
7.
enlace: Expertos que nombra el artículo original
8.
enlace: Referencias
Del artículo de Hinge Health (2023)
Un nervio está pinzado cuando los tejidos que lo rodean lo aprietan o lo irritan. Eso puede causar dolor agudo, debilidad, entumecimiento u hormigueo en cualquier punto del nervio. Puede pasar en el cuello, el hombro o la espalda. A menudo se debe a una hinchazón cerca de la raíz del nervio, la parte del nervio que sale de la columna.
Los síntomas van desde un hormigueo leve hasta un ardor fuerte. La mayoría de los nervios pinzados no son graves y mejoran con el tiempo. Pero incluso los síntomas leves pueden dificultar el movimiento y las tareas diarias. Los cuidados en casa pueden aliviar el dolor y ayudarle a mejorar antes.
“Cuando haces cualquier cosa que estire ese nervio, puedes tener más Dolor”
— CJ Morrow, PT, DPT, Fisioterapeuta (de la edición en español del artículo original)
botón, contraído: Palabras originales
“Cosas como agacharse para recoger algo del suelo o ponerse los zapatos o los calcetines pueden ser difíciles de hacer cuando alguien experimenta ciática”
— CJ Morrow, PT, DPT, Fisioterapeuta (de la edición en español del artículo original)
botón, contraído: Palabras originales
región: Cuándo pedir ayuda
encabezado nivel 3: Cuándo pedir ayuda
región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 4: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) y NHS inform
lista, 8 elementos
• tiene ciática en las dos piernas
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• tiene debilidad o entumecimiento en las dos piernas que sean fuertes o vayan a peor
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• no siente bien la zona alrededor o debajo de los genitales, o el ano
enlace: Fuente 1
enlace: Fuente 2
• le cuesta empezar a orinar, no puede orinar o no puede controlar la orina, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 6
• no siente cuándo necesita hacer popó, o no puede controlarlo, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo, como menos sensación o no tener una erección
enlace: Fuente 3
enlace: Fuente 6
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, con entumecimiento o debilidad en una pierna
enlace: Fuente 4
• tiene dolor después de una lesión grave, como un accidente de tránsito o una caída desde lo alto
enlace: Fuente 4
enlace: Fuente 2
Llame al número de emergencias de su zona o vaya ahora a la sala de emergencias más cercana. No espere a ver si mejora. Estos signos pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es raro, pero necesita cirugía enseguida.
enlace: Fuente 5
encabezado nivel 5: Fuentes
lista, 6 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
enlace: Sciatica
6. NHS inform:
enlace: Sciatica
región: URGENTE: Hable con un médico lo antes posible si
encabezado nivel 4: URGENTE: Hable con un médico lo antes posible si
Añadido por Limber a partir de Northern Health and Social Care Trust y NHS inform
lista, 4 elementos
• una pierna o un pie se está debilitando, y el pie se arrastra o golpea el piso al caminar
enlace: Fuente 1
• se siente muy inestable al estar de pie
enlace: Fuente 1
• se siente mal en general
enlace: Fuente 2
• la ciática empezó cuando tenía otro problema de salud
enlace: Fuente 2
Llame a su médico en cuanto pueda, o busque atención médica urgente.
encabezado nivel 5: Fuentes
lista, 2 elementos
1. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
2. NHS inform:
enlace: Sciatica
región: NO URGENTE: Vaya al médico si
encabezado nivel 4: NO URGENTE: Vaya al médico si
Añadido por Limber a partir de Mayo Clinic y NHS 111 Wales
lista, 3 elementos
• el dolor ha durado más de una semana, o los cuidados en casa no lo han aliviado
enlace: Fuente 1
• el dolor es fuerte o está empeorando
enlace: Fuente 1
enlace: Fuente 2
• el dolor no le deja hacer sus actividades de siempre
enlace: Fuente 2
Pida una cita con su médico. Si además tiene algún signo de emergencia, no espere: pida ayuda de emergencia ahora.
encabezado nivel 5: Fuentes
lista, 2 elementos
1. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
2. NHS 111 Wales:
enlace: Sciatica
región: Qué causa un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Qué causa un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. La mayoría vienen de la espondilosis lumbar. Son cambios lentos y naturales que el tiempo produce en la parte baja de la espalda. Pasan en los discos, las almohadillas blandas que hay entre los huesos de la columna. También pasan en las articulaciones facetarias, las pequeñas articulaciones que unen esos huesos.
Estos cambios suenan preocupantes, pero no tienen por qué doler. Muchas personas cuyas imágenes los muestran no tienen ningún síntoma.
enlace: Fuente 1
Pero en algunas personas llevan a una de las afecciones de abajo.
lista, 2 elementos
encabezado nivel 4: Hernia de disco
Los huesos de la columna se llaman vértebras. Entre ellas hay discos que amortiguan los golpes. Cada disco tiene un centro blando dentro de un anillo más duro. Cuando el centro empuja contra el anillo, el disco puede apretar la raíz de un nervio. Entonces los síntomas pueden bajar desde la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.
encabezado nivel 4: Estenosis espinal
Con la edad, los cambios de la columna pueden estrechar el canal espinal, el espacio que hay dentro de la columna. Así queda menos sitio para la médula espinal y las raíces de los nervios.
encabezado nivel 4: Fuentes
lista, 1 elemento
1. Romeo et al. (2019):
enlace: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight
región: Ejercicios para un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Ejercicios para un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
El artículo original muestra sus ejercicios en videos de fisioterapeutas de Hinge Health. Esos videos no se muestran aquí. El artículo dice que los ejercicios suaves ayudan a un nervio irritado de dos formas. Fortalecen la zona media del cuerpo, que sostiene la espalda y puede ayudar con la ciática. Y ayudan a que la cadera y la parte baja de la espalda se muevan mejor.
“Básicamente, ayudan a calmar el nervio y a crear apoyo y fuerza en esa zona.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
Añadido por Limber a partir de NHS, NHS inform, Cambridge University Hospitals, Ellis et al. (2012), Mayo Clinic, NHS Greater Glasgow and Clyde y Chartered Society of Physiotherapy
Los ejercicios de abajo no son los del artículo. Limber los eligió de páginas del NHS, de un grupo de fisioterapeutas, de un folleto de un hospital y de un estudio. Cada tarjeta nombra sus fuentes. Los expertos del artículo no los han visto ni revisado.
lista, 3 elementos
• ¿Su dolor empezó después de una lesión, como una caída o un choque de auto? Entonces consulte a un médico o a un fisioterapeuta antes de empezar. Hágalo incluso tras una lesión pequeña si sus huesos son débiles o si toma esteroides desde hace mucho tiempo.
enlace: Referencia 17
• Deje de hacer el ejercicio si empeora sus síntomas o le causa un dolor nuevo.
enlace: Referencia 8
• Si no está mejorando, vaya al médico. Cuándo pedir ayuda, más arriba, dice cuándo.
enlace: Referencia 13
lista, 6 elementos
artículo: Deslizamiento del nervio ciático
encabezado nivel 4: Deslizamiento del nervio ciático
Objetivo: Movilidad del nervio
Añadido por Limber a partir de Ellis et al. (2012)
Un deslizamiento mueve la rodilla y el cuello a la vez. El nervio se afloja por un extremo mientras se tensa por el otro, y así se desliza en lugar de estirarse. Esta tarjeta es la versión para casa de Limber de un movimiento que se probó con 31 adultos sanos. El estudio midió cuánto se movía el nervio, no si aliviaba el dolor.
enlace: Fuente 1
imagen: Dibujo de una persona sentada derecha en una silla, con los dos pies en el piso. Después estira la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba. Luego vuelve a doblar la rodilla mientras baja la barbilla hacia el pecho.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Siéntese en una silla firme con los dos pies en el piso.
encabezado nivel 5: Pasos
lista, 3 elementos
1 Estire despacio la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba.
2 Vuelva a doblar la rodilla mientras baja la barbilla hacia el pecho.
3 Haga el movimiento lento y pequeño. No debe provocarle los síntomas de la pierna.
encabezado nivel 5: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas de la pierna empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 5: Fuentes
lista, 2 elementos
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging
2. NHS inform:
enlace: Exercises for back pain
artículo: Rodilla al pecho
encabezado nivel 4: Rodilla al pecho
Objetivo: Movilidad
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla cada vez hacia el pecho.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas y los pies en el piso. Después, las manos llevan una rodilla hacia el pecho mientras el otro pie sigue apoyado. Luego ese pie vuelve a bajar y sube la otra rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 3 elementos
1 Suba una rodilla. Llévela con suavidad hacia el pecho con las manos y mantenga la posición.
2 Vuelva a bajar ese pie al piso.
3 Haga lo mismo con la otra rodilla y mantenga la posición. Después bájela. Eso es una repetición.
encabezado nivel 5: Cuánto hacer
Repeticiones
5 veces
Mantener
5 segundos
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Hasta 5 veces con cada lado.
botón: Empezar el ejercicio guiado
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 5: Fuentes
lista, 2 elementos
1. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
2. NHS inform:
enlace: Exercises for back pain
artículo: Estiramiento del glúteo (piriforme)
encabezado nivel 4: Estiramiento del glúteo (piriforme)
Objetivo: Flexibilidad
Añadido por Limber a partir de NHS
Estira el piriforme, un músculo pequeño que está en lo profundo del glúteo. Está muy cerca del nervio ciático. La fuente es un video del NHS sobre la ciática y el síndrome piriforme.
enlace: Fuente 1
imagen: Dibujo, visto desde un lado de los pies, de una persona acostada boca arriba con las rodillas dobladas y los brazos a los lados. Después, con las dos manos, lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario. Una flecha muestra hacia dónde va la rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 2 elementos
1 Lleve la rodilla del lado que le duele hacia el pecho. Después crúcela un poco sobre el cuerpo, hacia el hombro contrario.
2 Manténgala ahí con suavidad y después vuelva a bajar la pierna.
encabezado nivel 5: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 1 elemento
• siente cualquier dolor o molestia
enlace: Fuente 1
encabezado nivel 5: Fuentes
lista, 1 elemento
1. NHS:
enlace: Exercises for sciatica: Piriformis syndrome
artículo: Giro de rodillas
encabezado nivel 4: Giro de rodillas
Objetivo: Movilidad
Añadido por Limber a partir de NHS inform
Devuelve el movimiento a la parte baja de la espalda con un giro lento de las rodillas de un lado a otro.
enlace: Fuente 1
imagen: Dibujo, visto desde los pies, de una persona acostada boca arriba con las rodillas dobladas y juntas y los brazos a los lados. Las rodillas caen hacia la derecha, vuelven al centro y después caen hacia la izquierda. Unas flechas muestran hacia dónde caen.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 3 elementos
1 Deje que las dos rodillas caigan despacio hacia la derecha y mantenga la posición.
2 Vuelva a llevarlas al centro.
3 Déjelas caer despacio hacia la izquierda y mantenga la posición. Después vuelva al centro. Eso es una repetición.
encabezado nivel 5: Cuánto hacer
Repeticiones
5 veces
Mantener
2 segundos
Con qué frecuencia
3 veces al día
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.
botón: Empezar el ejercicio guiado
botón: Añadir recordatorios a mi calendario
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 1
• siente un dolor nuevo
enlace: Fuente 1
encabezado nivel 5: Fuentes
lista, 1 elemento
1. NHS inform:
enlace: Exercises for back pain
artículo: Inclinación de la pelvis
encabezado nivel 4: Inclinación de la pelvis
Objetivo: Movilidad
Añadido por Limber a partir de NHS inform
Un movimiento pequeño y suave de la parte baja de la espalda que se hace acostado.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas y un pequeño hueco bajo la parte baja de la espalda. Después aprieta la parte baja de la espalda contra el piso y luego la relaja.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 2 elementos
1 Apriete la parte baja de la espalda contra el piso y mantenga la posición.
2 Vuelva a relajar la espalda. Eso es una repetición.
encabezado nivel 5: Cuánto hacer
Repeticiones
5 veces
Mantener
2 segundos
Con qué frecuencia
3 veces al día
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.
botón: Empezar el ejercicio guiado
botón: Añadir recordatorios a mi calendario
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 1
• siente un dolor nuevo
enlace: Fuente 1
encabezado nivel 5: Fuentes
lista, 1 elemento
1. NHS inform:
enlace: Exercises for back pain
artículo: Puente
encabezado nivel 4: Puente
Objetivo: Movilidad
Añadido por Limber a partir de Cambridge University Hospitals
Desde una inclinación de la pelvis, levanta la cadera y la parte baja de la espalda del piso, y después las baja despacio.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas. Aplana la espalda contra el piso, después levanta la cadera y la parte baja de la espalda del piso mientras los hombros y los pies siguen apoyados, y luego baja.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 3 elementos
1 Aplane la espalda contra el piso inclinando la pelvis hacia atrás.
2 Levante despacio la cadera y la parte baja de la espalda del piso, y mantenga la posición.
3 Baje despacio hasta volver a apoyarse en el piso.
encabezado nivel 5: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 5: Fuentes
lista, 2 elementos
1. Cambridge University Hospitals NHS Foundation Trust:
enlace: Back mobility exercises
2. NHS inform:
enlace: Exercises for back pain
nota: Sobre estos ejercicios
Sobre estos ejercicios: Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted. Ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si tiene dudas sobre si un ejercicio le conviene, pregunte a un médico o a un fisioterapeuta antes de empezar. Añadido por Limber
región: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
El artículo original dice que un nervio pinzado en la parte baja de la espalda a menudo mejora por sí solo. Estas cosas pueden ayudarle a mejorar antes.
lista, 5 elementos
encabezado nivel 4: Apoye su postura con almohadas
Cuando se siente, ponga una almohada pequeña detrás de la espalda o debajo de la cadera. Así la pelvis se inclina un poco hacia delante y la columna queda mejor alineada.
“Sentarse encorvado puede tirar de los nervios y aumentar la sensibilidad.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Un poco de descanso, no reposo en cama
Las pausas cortas están bien. Los días en que el dolor le supere, busque una posición de alivio. Es una forma de acostarse o sentarse que deja que su cuerpo se relaje y se sienta mejor. Úsela para descansar mientras recupera la fuerza.
“El movimiento es medicina, pero hay momentos en los que necesita darle a su cuerpo un descanso corto, de cinco a 10 minutos, y está bien hacerlo.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
“Use su posición de alivio como una forma de descansar mientras vuelve a hacer su cuerpo más fuerte y más flexible.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Frío y calor
El frío o el calor no liberan el nervio. Pero sentirse mejor puede hacer más fácil moverse.
“Los dos son muy buenos.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
“No van a ayudar directamente al nervio pinzado, pero pueden hacerle sentir mejor para que pueda moverse más.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
Añadido por Limber a partir de NHS 111 Wales
Nota sobre la evidencia: No use una bolsa de agua caliente sobre piel que siente entumecida. Podría quemarse sin darse cuenta.
enlace: Fuente 1
encabezado nivel 4: Caminar
Caminar no libera un nervio pinzado. Pero la forma en que se mueve el cuerpo al caminar suele quitar tensión a un nervio ciático irritado. Caminar también lleva más sangre al nervio. Eso puede ayudarle a sanar y aliviar el dolor.
“Al caminar, estira suavemente el nervio a lo largo de su rango de movimiento.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Medicamentos para el dolor
El artículo original nombra tres analgésicos. Son el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol). Dice que pueden ayudar con el dolor del nervio ciático. También dice que compruebe que son seguros para usted, según su historia de salud.
Añadido por Limber a partir de U.S. Food and Drug Administration, Arthritis Society Canada, National Institute for Health and Care Excellence y NHS 111 Wales
Nota sobre la evidencia: No tome más de lo que dice la etiqueta. Pregunte antes a un farmacéutico o a un médico si toma un anticoagulante, está embarazada o tiene problemas de estómago, riñones, hígado o corazón. En esos casos, medicamentos como el ibuprofeno y el naproxeno pueden no ser seguros para usted.
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
Las guías del Reino Unido dudan más de que ayuden. Una guía del NICE pide a los médicos no ofrecer acetaminofén por sí solo para el dolor lumbar. (En el Reino Unido se llama paracetamol.)
enlace: Fuente 5
NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática. También dice que no está claro cuánto ayudan medicamentos como el ibuprofeno.
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 5 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. U.S. Food and Drug Administration:
enlace: The best way to take your over-the-counter pain reliever? Seriously.
3. Arthritis Society Canada:
enlace: Non-steroidal anti-inflammatory drugs (NSAIDs)
4. U.S. Food and Drug Administration (2020):
enlace: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
5. National Institute for Health and Care Excellence (2020):
enlace: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
nota: Sobre los medicamentos
Sobre los medicamentos: Antes de tomar un analgésico, asegúrese de que sea seguro para usted, según su historia de salud. Del artículo de Hinge Health (2023)
complementario: Consejo: Prepárese con calor
encabezado nivel 3: Consejo: Prepárese con calor
Del artículo de Hinge Health (2023)
El calor antes o durante el ejercicio puede ayudar a relajar los músculos tensos. Eso incluye los ejercicios para un nervio pinzado.
“Esto puede ayudar sobre todo si le preocupa el dolor al moverse.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
región: Cómo puede ayudarle Hinge Health
encabezado nivel 3: Cómo puede ayudarle Hinge Health
¿El dolor de las articulaciones o de los músculos le dificulta moverse? Hinge Health tiene un programa de ejercicio en línea que puede seguir en casa con su aplicación. Tiene ejercicios y estiramientos para su afección. Un equipo de atención adapta el programa a usted.
Muchos empleadores y planes de salud lo ofrecen. Compruebe si el suyo lo cubre.
enlace: Compruebe su cobertura
nota: Aviso
Aviso: Este artículo es solo para enseñar e informar. No es consejo médico. No es un servicio profesional para usted o su afección. Del artículo de Hinge Health (2023)
región: Expertos que nombra el artículo original
encabezado nivel 3: Expertos que nombra el artículo original
Estos expertos aparecen en el artículo de Hinge Health (2023). Participaron solo en ese artículo; no han revisado lo que añadió Limber.
lista, 3 elementos
artículo: CJ Morrow, PT, DPT
encabezado nivel 4: CJ Morrow, PT, DPT
Persona experta citada en el artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Es especialista en ortopedia, con certificación. Le interesa sobre todo cómo se afectan la mente y el cuerpo.
artículo: Jonathan Lee, MD, MBA
encabezado nivel 4: Jonathan Lee, MD, MBA
Revisión médica del artículo · Cirujano ortopédico
Es un médico que opera huesos, con título de especialista. En Hinge Health es director médico asociado.
artículo: Dylan Peterson, PT, DPT
encabezado nivel 4: Dylan Peterson, PT, DPT
Revisión clínica del artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Crea planes de ejercicio y lecciones para sus miembros.
región: Referencias
encabezado nivel 3: Referencias
lista, 22 elementos
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
enlace: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
enlace: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
enlace: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
enlace: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
22. Hinge Health. (2023, May 3). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Retrieved December 1, 2026, from
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-article> es */

snapshots["<limber-exercise-card> en"] = 
`article: Knee to chest
heading level 3: Knee to chest
Goal: Mobility
If you have any emergency sign, call your local emergency number now.
button, collapsed: Emergency signs
Added by Limber from Chartered Society of Physiotherapy
Gently bends the low back as you pull one knee at a time toward your chest.
link: Source 1
image: Drawing of a person lying on their back with the knees bent and the feet on the floor. Next, the hands pull one knee toward the chest while the other foot stays down. Then that foot goes back down, and the other knee comes up.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 3 items
1 Bring one knee up. Gently pull it in toward your chest with your hands, and hold.
2 Lower that foot back to the floor.
3 Do the same with the other knee, and hold. Then lower it. That is one repetition.
heading level 4: How much
Repetitions
5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
Up to 5 times on each side.
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 4: Sources
list, 2 items
1. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
2. NHS inform:
link: Exercises for back pain`;
/* end snapshot <limber-exercise-card> en */

snapshots["<limber-exercise-card> es"] = 
`artículo: Rodilla al pecho
encabezado nivel 3: Rodilla al pecho
Objetivo: Movilidad
Si tiene algún signo de emergencia, llame al número de emergencias de su zona ahora.
botón, contraído: Signos de emergencia
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla cada vez hacia el pecho.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas y los pies en el piso. Después, las manos llevan una rodilla hacia el pecho mientras el otro pie sigue apoyado. Luego ese pie vuelve a bajar y sube la otra rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 3 elementos
1 Suba una rodilla. Llévela con suavidad hacia el pecho con las manos y mantenga la posición.
2 Vuelva a bajar ese pie al piso.
3 Haga lo mismo con la otra rodilla y mantenga la posición. Después bájela. Eso es una repetición.
encabezado nivel 4: Cuánto hacer
Repeticiones
5 veces
Mantener
5 segundos
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Hasta 5 veces con cada lado.
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 4: Fuentes
lista, 2 elementos
1. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
2. NHS inform:
enlace: Exercises for back pain`;
/* end snapshot <limber-exercise-card> es */

snapshots["<limber-exercise-list> en"] = 
`region: EMERGENCY: Get emergency help now if
heading level 3: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) and NHS inform
list, 8 items
• you have sciatica in both legs
link: Source 1
link: Source 2
link: Source 5
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 5
• you feel numb around or under your genitals or anus
link: Source 1
link: Source 2
• it is hard to start peeing, you cannot pee, or you cannot control when you pee, and this is new for you
link: Source 2
link: Source 3
link: Source 6
• you do not feel when you need to poop, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex, such as less feeling or no erection
link: Source 3
link: Source 6
• you have sudden, severe pain in your low back or a leg, with numbness or weakness in a leg
link: Source 4
• you have pain after a serious injury, such as a car crash or a fall from a height
link: Source 4
link: Source 2
Call your local emergency number or go to the nearest emergency department now. Do not wait to see if it gets better. These signs can mean cauda equina syndrome, when the nerves at the bottom of the spine are squeezed. It is rare, but it needs surgery right away.
link: Source 5
heading level 4: Sources
list, 6 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
link: Sciatica
6. NHS inform:
link: Sciatica
list, 6 items
article: Sciatic nerve slider
heading level 3: Sciatic nerve slider
Goal: Nerve mobility
Added by Limber from Ellis et al. (2012)
A slider moves the knee and the neck together. The nerve is eased at one end while it is drawn at the other, so it slides instead of being stretched. This card is Limber’s home version of a movement tested on 31 healthy adults. The study measured how far the nerve moved, not whether pain eased.
link: Source 1
image: Drawing of a person sitting upright on a chair with both feet on the floor. Next, the knee of the sore leg straightens while the head tips back to look up. Then the knee bends again while the chin comes down toward the chest.
button, not pressed: Play the movement
heading level 4: Starting position
Sit on a firm chair with both feet on the floor.
heading level 4: Steps
list, 3 items
1 Slowly straighten the knee of the sore leg while you tip your head back to look up.
2 Bend the knee back down while you bring your chin down toward your chest.
3 Keep the movement slow and small. It should not bring on your leg symptoms.
heading level 4: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 2 items
• your leg symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 4: Sources
list, 2 items
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging
2. NHS inform:
link: Exercises for back pain
article: Knee to chest
heading level 3: Knee to chest
Goal: Mobility
Added by Limber from Chartered Society of Physiotherapy
Gently bends the low back as you pull one knee at a time toward your chest.
link: Source 1
image: Drawing of a person lying on their back with the knees bent and the feet on the floor. Next, the hands pull one knee toward the chest while the other foot stays down. Then that foot goes back down, and the other knee comes up.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 3 items
1 Bring one knee up. Gently pull it in toward your chest with your hands, and hold.
2 Lower that foot back to the floor.
3 Do the same with the other knee, and hold. Then lower it. That is one repetition.
heading level 4: How much
Repetitions
5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
Up to 5 times on each side.
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 4: Sources
list, 2 items
1. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
2. NHS inform:
link: Exercises for back pain
article: Buttock (piriformis) stretch
heading level 3: Buttock (piriformis) stretch
Goal: Flexibility
Added by Limber from NHS
Stretches the piriformis, a small muscle deep in the buttock. It lies close to the sciatic nerve. The source is an NHS video about sciatica and piriformis syndrome.
link: Source 1
image: Drawing, seen from beside the feet, of a person lying on their back with the knees bent and the arms by the sides. Next, both hands bring the knee of the sore side up toward the chest and a little across the body, toward the opposite shoulder. An arrow shows the way the knee moves.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 2 items
1 Bring the knee of the sore side up toward your chest. Then take it a little across your body, toward the opposite shoulder.
2 Hold it there gently, then bring the leg back down.
heading level 4: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 1 item
• you feel any pain or discomfort
link: Source 1
heading level 4: Sources
list, 1 item
1. NHS:
link: Exercises for sciatica: Piriformis syndrome
article: Knee rolls
heading level 3: Knee rolls
Goal: Mobility
Added by Limber from NHS inform
Gets the low back moving again with a slow roll of the knees from side to side.
link: Source 1
image: Drawing, seen from the feet, of a person lying on their back with the knees bent and together and the arms by the sides. The knees roll to the right, come back to the middle, then roll to the left. Arrows show which way they roll.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 3 items
1 Let both knees roll slowly to the right, and hold.
2 Bring them back to the middle.
3 Roll them slowly to the left, and hold. Then come back to the middle. That is one repetition.
heading level 4: How much
Repetitions
5 times
Hold
2 seconds
How often
3 times a day
This dose is the one its source gives for this movement.
link: Source 1
Add one or two repetitions every few days, as long as it feels comfortable.
button: Start guided exercise
button: Add reminders to my calendar
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 1
• you feel new pain
link: Source 1
heading level 4: Sources
list, 1 item
1. NHS inform:
link: Exercises for back pain
article: Pelvic tilt
heading level 3: Pelvic tilt
Goal: Mobility
Added by Limber from NHS inform
A small, gentle movement of the low back, done lying down.
link: Source 1
image: Drawing of a person lying on their back with the knees bent and a small gap under the low back. Next, the low back presses flat into the floor, then relaxes again.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 2 items
1 Press the small of your back into the floor, and hold.
2 Let your back relax again. That is one repetition.
heading level 4: How much
Repetitions
5 times
Hold
2 seconds
How often
3 times a day
This dose is the one its source gives for this movement.
link: Source 1
Add one or two repetitions every few days, as long as it feels comfortable.
button: Start guided exercise
button: Add reminders to my calendar
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 1
• you feel new pain
link: Source 1
heading level 4: Sources
list, 1 item
1. NHS inform:
link: Exercises for back pain
article: Bridge
heading level 3: Bridge
Goal: Mobility
Added by Limber from Cambridge University Hospitals
Lifts the hips and low back off the floor from a pelvic tilt, then lowers them slowly.
link: Source 1
image: Drawing of a person lying on their back with the knees bent. The low back flattens into the floor, then the hips and low back lift off the floor while the shoulders and feet stay down, then lower again.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 3 items
1 Flatten your back into the floor by tilting your pelvis backward.
2 Slowly lift your hips and low back off the floor, and hold.
3 Lower yourself slowly back to the floor.
heading level 4: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 4: Sources
list, 2 items
1. Cambridge University Hospitals NHS Foundation Trust:
link: Back mobility exercises
2. NHS inform:
link: Exercises for back pain`;
/* end snapshot <limber-exercise-list> en */

snapshots["<limber-exercise-list> es"] = 
`región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 3: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) y NHS inform
lista, 8 elementos
• tiene ciática en las dos piernas
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• tiene debilidad o entumecimiento en las dos piernas que sean fuertes o vayan a peor
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• no siente bien la zona alrededor o debajo de los genitales, o el ano
enlace: Fuente 1
enlace: Fuente 2
• le cuesta empezar a orinar, no puede orinar o no puede controlar la orina, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 6
• no siente cuándo necesita hacer popó, o no puede controlarlo, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo, como menos sensación o no tener una erección
enlace: Fuente 3
enlace: Fuente 6
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, con entumecimiento o debilidad en una pierna
enlace: Fuente 4
• tiene dolor después de una lesión grave, como un accidente de tránsito o una caída desde lo alto
enlace: Fuente 4
enlace: Fuente 2
Llame al número de emergencias de su zona o vaya ahora a la sala de emergencias más cercana. No espere a ver si mejora. Estos signos pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es raro, pero necesita cirugía enseguida.
enlace: Fuente 5
encabezado nivel 4: Fuentes
lista, 6 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
enlace: Sciatica
6. NHS inform:
enlace: Sciatica
lista, 6 elementos
artículo: Deslizamiento del nervio ciático
encabezado nivel 3: Deslizamiento del nervio ciático
Objetivo: Movilidad del nervio
Añadido por Limber a partir de Ellis et al. (2012)
Un deslizamiento mueve la rodilla y el cuello a la vez. El nervio se afloja por un extremo mientras se tensa por el otro, y así se desliza en lugar de estirarse. Esta tarjeta es la versión para casa de Limber de un movimiento que se probó con 31 adultos sanos. El estudio midió cuánto se movía el nervio, no si aliviaba el dolor.
enlace: Fuente 1
imagen: Dibujo de una persona sentada derecha en una silla, con los dos pies en el piso. Después estira la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba. Luego vuelve a doblar la rodilla mientras baja la barbilla hacia el pecho.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Siéntese en una silla firme con los dos pies en el piso.
encabezado nivel 4: Pasos
lista, 3 elementos
1 Estire despacio la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba.
2 Vuelva a doblar la rodilla mientras baja la barbilla hacia el pecho.
3 Haga el movimiento lento y pequeño. No debe provocarle los síntomas de la pierna.
encabezado nivel 4: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas de la pierna empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 4: Fuentes
lista, 2 elementos
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging
2. NHS inform:
enlace: Exercises for back pain
artículo: Rodilla al pecho
encabezado nivel 3: Rodilla al pecho
Objetivo: Movilidad
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla cada vez hacia el pecho.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas y los pies en el piso. Después, las manos llevan una rodilla hacia el pecho mientras el otro pie sigue apoyado. Luego ese pie vuelve a bajar y sube la otra rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 3 elementos
1 Suba una rodilla. Llévela con suavidad hacia el pecho con las manos y mantenga la posición.
2 Vuelva a bajar ese pie al piso.
3 Haga lo mismo con la otra rodilla y mantenga la posición. Después bájela. Eso es una repetición.
encabezado nivel 4: Cuánto hacer
Repeticiones
5 veces
Mantener
5 segundos
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Hasta 5 veces con cada lado.
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 4: Fuentes
lista, 2 elementos
1. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
2. NHS inform:
enlace: Exercises for back pain
artículo: Estiramiento del glúteo (piriforme)
encabezado nivel 3: Estiramiento del glúteo (piriforme)
Objetivo: Flexibilidad
Añadido por Limber a partir de NHS
Estira el piriforme, un músculo pequeño que está en lo profundo del glúteo. Está muy cerca del nervio ciático. La fuente es un video del NHS sobre la ciática y el síndrome piriforme.
enlace: Fuente 1
imagen: Dibujo, visto desde un lado de los pies, de una persona acostada boca arriba con las rodillas dobladas y los brazos a los lados. Después, con las dos manos, lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario. Una flecha muestra hacia dónde va la rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 2 elementos
1 Lleve la rodilla del lado que le duele hacia el pecho. Después crúcela un poco sobre el cuerpo, hacia el hombro contrario.
2 Manténgala ahí con suavidad y después vuelva a bajar la pierna.
encabezado nivel 4: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 1 elemento
• siente cualquier dolor o molestia
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 1 elemento
1. NHS:
enlace: Exercises for sciatica: Piriformis syndrome
artículo: Giro de rodillas
encabezado nivel 3: Giro de rodillas
Objetivo: Movilidad
Añadido por Limber a partir de NHS inform
Devuelve el movimiento a la parte baja de la espalda con un giro lento de las rodillas de un lado a otro.
enlace: Fuente 1
imagen: Dibujo, visto desde los pies, de una persona acostada boca arriba con las rodillas dobladas y juntas y los brazos a los lados. Las rodillas caen hacia la derecha, vuelven al centro y después caen hacia la izquierda. Unas flechas muestran hacia dónde caen.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 3 elementos
1 Deje que las dos rodillas caigan despacio hacia la derecha y mantenga la posición.
2 Vuelva a llevarlas al centro.
3 Déjelas caer despacio hacia la izquierda y mantenga la posición. Después vuelva al centro. Eso es una repetición.
encabezado nivel 4: Cuánto hacer
Repeticiones
5 veces
Mantener
2 segundos
Con qué frecuencia
3 veces al día
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.
botón: Empezar el ejercicio guiado
botón: Añadir recordatorios a mi calendario
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 1
• siente un dolor nuevo
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 1 elemento
1. NHS inform:
enlace: Exercises for back pain
artículo: Inclinación de la pelvis
encabezado nivel 3: Inclinación de la pelvis
Objetivo: Movilidad
Añadido por Limber a partir de NHS inform
Un movimiento pequeño y suave de la parte baja de la espalda que se hace acostado.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas y un pequeño hueco bajo la parte baja de la espalda. Después aprieta la parte baja de la espalda contra el piso y luego la relaja.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 2 elementos
1 Apriete la parte baja de la espalda contra el piso y mantenga la posición.
2 Vuelva a relajar la espalda. Eso es una repetición.
encabezado nivel 4: Cuánto hacer
Repeticiones
5 veces
Mantener
2 segundos
Con qué frecuencia
3 veces al día
Esta dosis es la que da su fuente para este movimiento.
enlace: Fuente 1
Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.
botón: Empezar el ejercicio guiado
botón: Añadir recordatorios a mi calendario
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 1
• siente un dolor nuevo
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 1 elemento
1. NHS inform:
enlace: Exercises for back pain
artículo: Puente
encabezado nivel 3: Puente
Objetivo: Movilidad
Añadido por Limber a partir de Cambridge University Hospitals
Desde una inclinación de la pelvis, levanta la cadera y la parte baja de la espalda del piso, y después las baja despacio.
enlace: Fuente 1
imagen: Dibujo de una persona acostada boca arriba con las rodillas dobladas. Aplana la espalda contra el piso, después levanta la cadera y la parte baja de la espalda del piso mientras los hombros y los pies siguen apoyados, y luego baja.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 3 elementos
1 Aplane la espalda contra el piso inclinando la pelvis hacia atrás.
2 Levante despacio la cadera y la parte baja de la espalda del piso, y mantenga la posición.
3 Baje despacio hasta volver a apoyarse en el piso.
encabezado nivel 4: Cuánto hacer
Su fuente no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 4: Fuentes
lista, 2 elementos
1. Cambridge University Hospitals NHS Foundation Trust:
enlace: Back mobility exercises
2. NHS inform:
enlace: Exercises for back pain`;
/* end snapshot <limber-exercise-list> es */

snapshots["<limber-causes> en"] = 
`region: What causes a pinched nerve in the low back
heading level 3: What causes a pinched nerve in the low back
From the Hinge Health article (2023)
Several conditions can pinch a nerve in the low back. Most of them come from lumbar spondylosis. This means slow, natural changes in the low back over time. They happen in the discs, the soft pads between the bones of the spine. They also happen in the facet joints, the small joints that link those bones.
These changes sound worrying, but they do not have to cause pain. Many people whose scans show them have no symptoms at all.
link: Source 1
In some people, though, they lead to one of the conditions below.
list, 2 items
heading level 4: Herniated disc
The bones of the spine are called vertebrae. Between them sit discs that work like shock absorbers. Each disc has a soft center inside a tougher outer ring. When the center pushes against the ring, the disc can press on a nerve root. Then symptoms can spread from the low back through the hip and buttock, and down the leg to the foot and toes. This is a common cause of a pinched nerve in the low back.
heading level 4: Spinal stenosis
With age, changes in the spine can narrow the spinal canal, the space inside the spine. That leaves less room for the spinal cord and the nerve roots.
heading level 4: Sources
list, 1 item
1. Romeo et al. (2019):
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight`;
/* end snapshot <limber-causes> en */

snapshots["<limber-causes> es"] = 
`región: Qué causa un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Qué causa un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. La mayoría vienen de la espondilosis lumbar. Son cambios lentos y naturales que el tiempo produce en la parte baja de la espalda. Pasan en los discos, las almohadillas blandas que hay entre los huesos de la columna. También pasan en las articulaciones facetarias, las pequeñas articulaciones que unen esos huesos.
Estos cambios suenan preocupantes, pero no tienen por qué doler. Muchas personas cuyas imágenes los muestran no tienen ningún síntoma.
enlace: Fuente 1
Pero en algunas personas llevan a una de las afecciones de abajo.
lista, 2 elementos
encabezado nivel 4: Hernia de disco
Los huesos de la columna se llaman vértebras. Entre ellas hay discos que amortiguan los golpes. Cada disco tiene un centro blando dentro de un anillo más duro. Cuando el centro empuja contra el anillo, el disco puede apretar la raíz de un nervio. Entonces los síntomas pueden bajar desde la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.
encabezado nivel 4: Estenosis espinal
Con la edad, los cambios de la columna pueden estrechar el canal espinal, el espacio que hay dentro de la columna. Así queda menos sitio para la médula espinal y las raíces de los nervios.
encabezado nivel 4: Fuentes
lista, 1 elemento
1. Romeo et al. (2019):
enlace: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight`;
/* end snapshot <limber-causes> es */

snapshots["<limber-treatment-list> en"] = 
`region: Other treatments for a pinched nerve in the low back
heading level 3: Other treatments for a pinched nerve in the low back
From the Hinge Health article (2023)
The source article says a pinched nerve in the low back often gets better by itself. These things can help you get better sooner.
list, 5 items
heading level 4: Support your posture with pillows
When you sit, put a small pillow behind your back or under your hips. It tips your pelvis a little forward and helps your spine line up better.
“Sitting in a slumped position can pull on the nerves and cause more sensitivity.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: A little rest, not bed rest
Short breaks are fine. On days when the pain feels like too much, find an escape position. This is a way of lying or sitting that lets your body relax and feel better. Use it to rest while you build your strength back up.
“Movement is medicine, but there are times when you need to give your body a short five to 10 minute rest — and that’s an okay thing to do.”
— CJ Morrow, PT, DPT, Physical Therapist
“Use your escape position as a way of providing rest while you’re building your body back up to be stronger and more flexible.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Ice and heat
Cold or warmth will not free the nerve. But feeling better can make it easier to move.
“Both are great.”
— CJ Morrow, PT, DPT, Physical Therapist
“They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.”
— CJ Morrow, PT, DPT, Physical Therapist
Added by Limber from NHS 111 Wales
Evidence note: Do not use a hot-water bottle on skin that feels numb. You could burn yourself without noticing.
link: Source 1
heading level 4: Walking
Walking will not free a pinched nerve. But the way your body moves when you walk usually takes stress off an irritated sciatic nerve. Walking also brings more blood to the nerve. This may help it heal and ease the pain.
“As you walk, you gently stretch the nerve through its range of motion.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Pain relief medicines
The source article names three pain relievers. They are ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol). It says they can help with sciatic nerve pain. It also says to check that they are safe for you, given your health history.
Added by Limber from U.S. Food and Drug Administration, Arthritis Society Canada, National Institute for Health and Care Excellence and NHS 111 Wales
Evidence note: Take no more than the label says. Ask a pharmacist or doctor first if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Then medicines like ibuprofen and naproxen may not be safe for you.
link: Source 2
link: Source 3
link: Source 4
UK advice is less sure these medicines help. A NICE guideline tells doctors not to offer acetaminophen on its own for low back pain. (In the UK it is called paracetamol.)
link: Source 5
NHS 111 Wales says paracetamol is unlikely to help sciatica. It also says it is not clear how much medicines like ibuprofen help.
link: Source 1
heading level 4: Sources
list, 5 items
1. NHS 111 Wales:
link: Sciatica
2. U.S. Food and Drug Administration:
link: The best way to take your over-the-counter pain reliever? Seriously.
3. Arthritis Society Canada:
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
4. U.S. Food and Drug Administration (2020):
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
5. National Institute for Health and Care Excellence (2020):
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)`;
/* end snapshot <limber-treatment-list> en */

snapshots["<limber-treatment-list> es"] = 
`región: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
El artículo original dice que un nervio pinzado en la parte baja de la espalda a menudo mejora por sí solo. Estas cosas pueden ayudarle a mejorar antes.
lista, 5 elementos
encabezado nivel 4: Apoye su postura con almohadas
Cuando se siente, ponga una almohada pequeña detrás de la espalda o debajo de la cadera. Así la pelvis se inclina un poco hacia delante y la columna queda mejor alineada.
“Sentarse encorvado puede tirar de los nervios y aumentar la sensibilidad.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Un poco de descanso, no reposo en cama
Las pausas cortas están bien. Los días en que el dolor le supere, busque una posición de alivio. Es una forma de acostarse o sentarse que deja que su cuerpo se relaje y se sienta mejor. Úsela para descansar mientras recupera la fuerza.
“El movimiento es medicina, pero hay momentos en los que necesita darle a su cuerpo un descanso corto, de cinco a 10 minutos, y está bien hacerlo.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
“Use su posición de alivio como una forma de descansar mientras vuelve a hacer su cuerpo más fuerte y más flexible.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Frío y calor
El frío o el calor no liberan el nervio. Pero sentirse mejor puede hacer más fácil moverse.
“Los dos son muy buenos.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
“No van a ayudar directamente al nervio pinzado, pero pueden hacerle sentir mejor para que pueda moverse más.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
Añadido por Limber a partir de NHS 111 Wales
Nota sobre la evidencia: No use una bolsa de agua caliente sobre piel que siente entumecida. Podría quemarse sin darse cuenta.
enlace: Fuente 1
encabezado nivel 4: Caminar
Caminar no libera un nervio pinzado. Pero la forma en que se mueve el cuerpo al caminar suele quitar tensión a un nervio ciático irritado. Caminar también lleva más sangre al nervio. Eso puede ayudarle a sanar y aliviar el dolor.
“Al caminar, estira suavemente el nervio a lo largo de su rango de movimiento.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Medicamentos para el dolor
El artículo original nombra tres analgésicos. Son el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol). Dice que pueden ayudar con el dolor del nervio ciático. También dice que compruebe que son seguros para usted, según su historia de salud.
Añadido por Limber a partir de U.S. Food and Drug Administration, Arthritis Society Canada, National Institute for Health and Care Excellence y NHS 111 Wales
Nota sobre la evidencia: No tome más de lo que dice la etiqueta. Pregunte antes a un farmacéutico o a un médico si toma un anticoagulante, está embarazada o tiene problemas de estómago, riñones, hígado o corazón. En esos casos, medicamentos como el ibuprofeno y el naproxeno pueden no ser seguros para usted.
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
Las guías del Reino Unido dudan más de que ayuden. Una guía del NICE pide a los médicos no ofrecer acetaminofén por sí solo para el dolor lumbar. (En el Reino Unido se llama paracetamol.)
enlace: Fuente 5
NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática. También dice que no está claro cuánto ayudan medicamentos como el ibuprofeno.
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 5 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. U.S. Food and Drug Administration:
enlace: The best way to take your over-the-counter pain reliever? Seriously.
3. Arthritis Society Canada:
enlace: Non-steroidal anti-inflammatory drugs (NSAIDs)
4. U.S. Food and Drug Administration (2020):
enlace: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
5. National Institute for Health and Care Excellence (2020):
enlace: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)`;
/* end snapshot <limber-treatment-list> es */

snapshots["<limber-tip> en"] = 
`complementary: Tip: Pre-treat with heat
heading level 3: Tip: Pre-treat with heat
From the Hinge Health article (2023)
Warmth before or during exercise can help tight muscles relax. That includes the exercises for a pinched nerve.
“This can be especially helpful if you’re concerned about the pain while you move.”
— CJ Morrow, PT, DPT, Physical Therapist`;
/* end snapshot <limber-tip> en */

snapshots["<limber-tip> es"] = 
`complementario: Consejo: Prepárese con calor
encabezado nivel 3: Consejo: Prepárese con calor
Del artículo de Hinge Health (2023)
El calor antes o durante el ejercicio puede ayudar a relajar los músculos tensos. Eso incluye los ejercicios para un nervio pinzado.
“Esto puede ayudar sobre todo si le preocupa el dolor al moverse.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales`;
/* end snapshot <limber-tip> es */

snapshots["<limber-care-card> en"] = 
`region: EMERGENCY: Get emergency help now if
heading level 3: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) and NHS inform
list, 8 items
• you have sciatica in both legs
link: Source 1
link: Source 2
link: Source 5
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 5
• you feel numb around or under your genitals or anus
link: Source 1
link: Source 2
• it is hard to start peeing, you cannot pee, or you cannot control when you pee, and this is new for you
link: Source 2
link: Source 3
link: Source 6
• you do not feel when you need to poop, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex, such as less feeling or no erection
link: Source 3
link: Source 6
• you have sudden, severe pain in your low back or a leg, with numbness or weakness in a leg
link: Source 4
• you have pain after a serious injury, such as a car crash or a fall from a height
link: Source 4
link: Source 2
Call 911 or go to the emergency room now. Do not wait to see if it gets better. These signs can mean cauda equina syndrome, when the nerves at the bottom of the spine are squeezed. It is rare, but it needs surgery right away.
link: Source 5
heading level 4: Sources
list, 6 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
link: Sciatica
6. NHS inform:
link: Sciatica`;
/* end snapshot <limber-care-card> en */

snapshots["<limber-care-card> es"] = 
`región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 3: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, Mayo Clinic, Healthify (New Zealand) y NHS inform
lista, 8 elementos
• tiene ciática en las dos piernas
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• tiene debilidad o entumecimiento en las dos piernas que sean fuertes o vayan a peor
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 5
• no siente bien la zona alrededor o debajo de los genitales, o el ano
enlace: Fuente 1
enlace: Fuente 2
• le cuesta empezar a orinar, no puede orinar o no puede controlar la orina, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 6
• no siente cuándo necesita hacer popó, o no puede controlarlo, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo, como menos sensación o no tener una erección
enlace: Fuente 3
enlace: Fuente 6
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, con entumecimiento o debilidad en una pierna
enlace: Fuente 4
• tiene dolor después de una lesión grave, como un accidente de tránsito o una caída desde lo alto
enlace: Fuente 4
enlace: Fuente 2
Llame al 911 o vaya ahora a la sala de emergencias. No espere a ver si mejora. Estos signos pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es raro, pero necesita cirugía enseguida.
enlace: Fuente 5
encabezado nivel 4: Fuentes
lista, 6 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
5. Healthify He Puna Waiora:
enlace: Sciatica
6. NHS inform:
enlace: Sciatica`;
/* end snapshot <limber-care-card> es */

snapshots["<limber-expert-card> en"] = 
`article: CJ Morrow, PT, DPT
heading level 3: CJ Morrow, PT, DPT
Expert quoted in the article · Physical Therapist
A physical therapist at Hinge Health. She is a board-certified orthopedic specialist. She is most interested in how the mind and body affect each other.`;
/* end snapshot <limber-expert-card> en */

snapshots["<limber-expert-card> es"] = 
`artículo: CJ Morrow, PT, DPT
encabezado nivel 3: CJ Morrow, PT, DPT
Persona experta citada en el artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Es especialista en ortopedia, con certificación. Le interesa sobre todo cómo se afectan la mente y el cuerpo.`;
/* end snapshot <limber-expert-card> es */

snapshots["<limber-expert-list> en"] = 
`These experts are named in the Hinge Health article (2023). They took part in that article only; they have not reviewed what Limber added.
list, 3 items
article: CJ Morrow, PT, DPT
heading level 3: CJ Morrow, PT, DPT
Expert quoted in the article · Physical Therapist
A physical therapist at Hinge Health. She is a board-certified orthopedic specialist. She is most interested in how the mind and body affect each other.
article: Jonathan Lee, MD, MBA
heading level 3: Jonathan Lee, MD, MBA
Medical reviewer · Orthopedic Surgeon
An orthopedic surgeon. That is a doctor who operates on bones and joints. Board certified. An Associate Medical Director at Hinge Health.
article: Dylan Peterson, PT, DPT
heading level 3: Dylan Peterson, PT, DPT
Clinical reviewer · Physical Therapist
A physical therapist at Hinge Health. Builds exercise plans and lessons for its members.`;
/* end snapshot <limber-expert-list> en */

snapshots["<limber-expert-list> es"] = 
`Estos expertos aparecen en el artículo de Hinge Health (2023). Participaron solo en ese artículo; no han revisado lo que añadió Limber.
lista, 3 elementos
artículo: CJ Morrow, PT, DPT
encabezado nivel 3: CJ Morrow, PT, DPT
Persona experta citada en el artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Es especialista en ortopedia, con certificación. Le interesa sobre todo cómo se afectan la mente y el cuerpo.
artículo: Jonathan Lee, MD, MBA
encabezado nivel 3: Jonathan Lee, MD, MBA
Revisión médica del artículo · Cirujano ortopédico
Es un médico que opera huesos, con título de especialista. En Hinge Health es director médico asociado.
artículo: Dylan Peterson, PT, DPT
encabezado nivel 3: Dylan Peterson, PT, DPT
Revisión clínica del artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Crea planes de ejercicio y lecciones para sus miembros.`;
/* end snapshot <limber-expert-list> es */

snapshots["<limber-disclaimer> en"] = 
`note: About these exercises
About these exercises: Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you. Neither Limber nor the article’s experts can see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start. Added by Limber
button: Dismiss`;
/* end snapshot <limber-disclaimer> en */

snapshots["<limber-disclaimer> es"] = 
`nota: Sobre estos ejercicios
Sobre estos ejercicios: Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted. Ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si tiene dudas sobre si un ejercicio le conviene, pregunte a un médico o a un fisioterapeuta antes de empezar. Añadido por Limber
botón: Cerrar`;
/* end snapshot <limber-disclaimer> es */

snapshots["<limber-cta> en"] = 
`region: How Hinge Health can help
heading level 3: How Hinge Health can help
Does joint or muscle pain make it hard to move? Hinge Health has an online exercise program you can follow at home with its app. It has exercises and stretches for your condition. A care team makes the program fit you.
Many employers and health plans offer it. Check whether yours covers it.
link: Check your coverage`;
/* end snapshot <limber-cta> en */

snapshots["<limber-cta> es"] = 
`región: Cómo puede ayudarle Hinge Health
encabezado nivel 3: Cómo puede ayudarle Hinge Health
¿El dolor de las articulaciones o de los músculos le dificulta moverse? Hinge Health tiene un programa de ejercicio en línea que puede seguir en casa con su aplicación. Tiene ejercicios y estiramientos para su afección. Un equipo de atención adapta el programa a usted.
Muchos empleadores y planes de salud lo ofrecen. Compruebe si el suyo lo cubre.
enlace: Compruebe su cobertura`;
/* end snapshot <limber-cta> es */

snapshots["<limber-citations> en"] = 
`region: References
heading level 3: References
list, 21 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
link: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
link: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-citations> en */

snapshots["<limber-citations> es"] = 
`región: Referencias
encabezado nivel 3: Referencias
lista, 22 elementos
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
enlace: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
enlace: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
enlace: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
enlace: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
22. Hinge Health. (2023, May 3). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Retrieved December 1, 2026, from
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-citations> es */

snapshots["<limber-cite> en"] = 
`Scans often show disc changes in people with no symptoms
link: Reference 2
.
region: References
heading level 3: References
list, 21 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
link: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
link: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-cite> en */

snapshots["<limber-cite> es"] = 
`Scans often show disc changes in people with no symptoms
enlace: Referencia 2
.
región: Referencias
encabezado nivel 3: Referencias
lista, 22 elementos
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18-22 yrs) candidate to air force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia.
4. Sciatica. (n.d.). Johns Hopkins Medicine.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.
12. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
enlace: https://www.nice.org.uk/guidance/ng59
(Original work published 2016)
13. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
14. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
enlace: https://healthify.nz/health-a-z/s/sciatica
15. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
16. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
17. NHS Greater Glasgow and Clyde. (n.d.). MSK physiotherapy: Lower back. Retrieved December 1, 2026, from
enlace: https://www.nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/
18. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
19. U.S. Food and Drug Administration. (n.d.). The best way to take your over-the-counter pain reliever? Seriously. Retrieved December 1, 2026, from
enlace: https://webarchive.library.unt.edu/eot2008/20080920112353/http://www.fda.gov/cder/drug/analgesics/bestWayBrochure.htm
20. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
21. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
22. Hinge Health. (2023, May 3). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Retrieved December 1, 2026, from
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-cite> es */

