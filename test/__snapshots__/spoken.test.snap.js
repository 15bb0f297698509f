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
Updated:
December 7, 2026
Sources last checked:
December 7, 2026 (not reviewed by a clinician)
Next review:
June 7, 2027
Limber based this page on an article by Hinge Health, “Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists” (May 3, 2023). Limber added exercises, care advice and notes from public sources, checked December 7, 2026. Each part says where it comes from.
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
A nerve is pinched when the tissue around it presses on it or irritates it. This can cause sharp pain, weakness, numbness or pins and needles anywhere along the nerve. It can happen in the neck, shoulder, upper back or low back. It often comes from swelling near the nerve root, the part of a nerve where it leaves the spine. In the low back, it can pinch the sciatic nerve, which runs down the back of the leg. The pain, tingling or numbness this causes is called sciatica.
Symptoms range from a faint tingle to a strong burning feeling. Most pinched nerves are not serious and get better with time. But even mild symptoms can make it hard to move and to do daily tasks. Care at home can ease the pain and help you get better sooner.
“When you do anything that stretches that nerve, you can get more pain.”
— CJ Morrow, PT, DPT, Physical Therapist
“Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.”
— CJ Morrow, PT, DPT, Physical Therapist
region: When to get help
heading level 3: When to get help
region: EMERGENCY: Get emergency help now if
heading level 4: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) and NHS Greater Glasgow and Clyde
list, 10 items
• you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)
link: Source 1
link: Source 2
link: Source 6
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 6
• you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.
link: Source 4
link: Source 3
link: Source 2
link: Source 6
• it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you
link: Source 2
link: Source 3
link: Source 4
• you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you
link: Source 3
• you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.
link: Source 3
link: Source 4
• you have sudden, severe pain in your low back or a leg, and new numbness or weakness in a leg that came on with it
link: Source 5
• your pain started after a serious injury, such as a car crash or a fall from a height
link: Source 5
link: Source 2
• your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.
link: Source 2
link: Source 7
Call your local emergency number or go to the nearest emergency department now. Do not wait to see if it gets better. Signs in both legs, around the genitals or anus, or with peeing, pooping or sex can mean cauda equina syndrome. This is when the nerves at the bottom of the spine are squeezed. It is rare, but it needs treatment right away, often surgery.
link: Source 6
link: Source 3
heading level 5: Sources
list, 7 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
5. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
6. Healthify He Puna Waiora:
link: Sciatica
7. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
region: URGENT: Speak to a doctor as soon as possible if
heading level 4: URGENT: Speak to a doctor as soon as possible if
Added by Limber from Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde, University Health Service, University of Sheffield, Millcroft Medical Centre and NHS inform
list, 9 items
• a leg or foot is getting weaker. For example, your foot drags or slaps the ground, you trip, or your knee gives way.
link: Source 1
link: Source 2
• you are very unsteady on your feet
link: Source 1
• you have a fever (a high temperature)
link: Source 1
link: Source 3
• the pain is worse when you lie down, or it wakes you at night
link: Source 1
link: Source 3
• the pain feels like a tight band around your body
link: Source 1
• you have lost weight without trying
link: Source 3
• you have had cancer
link: Source 4
• you feel unwell in general
link: Source 5
• your sciatica started while you were ill with another health problem
link: Source 5
Contact your doctor as soon as you can, or get urgent care.
heading level 5: Sources
list, 5 items
1. Northern Health and Social Care Trust:
link: Low back pain (LBP)
2. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
3. University Health Service, University of Sheffield:
link: Low back pain
4. Millcroft Medical Centre:
link: Back pain
5. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
region: NON-URGENT: See a doctor if
heading level 4: NON-URGENT: See a doctor if
Added by Limber from Mayo Clinic, NHS 111 Wales, Chartered Society of Physiotherapy, NHS Greater Glasgow and Clyde and University Health Service, University of Sheffield
list, 4 items
• the pain has lasted more than a week, or care at home has not eased it
link: Source 1
link: Source 3
• the pain is severe or getting worse, but you have none of the urgent or emergency signs
link: Source 1
link: Source 2
link: Source 3
• the pain stops you from doing your usual activities
link: Source 2
• your pain started after a fall, a knock or another small injury
link: Source 4
link: Source 5
Make an appointment with your doctor. If you also have any emergency sign, do not wait: get emergency help now.
heading level 5: Sources
list, 5 items
1. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
2. NHS 111 Wales:
link: Sciatica
3. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
4. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
5. University Health Service, University of Sheffield:
link: Low back pain
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
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight
region: Exercises for a pinched nerve in the low back
heading level 3: Exercises for a pinched nerve in the low back
From the Hinge Health article (2023)
The source article shows its exercises in videos by Hinge Health physical therapists. Those videos are not shown here. The article says gentle exercises help an irritated nerve in two ways. They make your core stronger, and a strong core supports your back, which can help with sciatica. They also help your hips and low back move more freely.
“Basically, they help calm down the nerve and work to build support and strength through the area.”
— CJ Morrow, PT, DPT, Physical Therapist
Added by Limber from NHS, NHS inform, Cambridge University Hospitals, Ellis et al. (2012), Ellis et al. (2016), Mayo Clinic, Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde and Chartered Society of Physiotherapy
The exercises below are not the article’s. Limber chose them from NHS pages, a physical therapy group’s page, a hospital leaflet and a study. Each card names its sources. The article’s experts have not seen or checked them.
heading level 4: Before you start
list, 4 items
• If your pain started after a fall, a crash or other injury, first read When to get help.
link: Reference 20
• If you are pregnant, ask first. Talk to your doctor, midwife or physical therapist.
link: Reference 18
• Stop an exercise if it makes your symptoms worse or causes new pain.
link: Reference 8
• If you are not getting better, see a doctor. When to get help says when.
link: Reference 16
note: About these exercises
About these exercises: Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you. Neither Limber nor the article’s experts can see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start. Added by Limber
list, 6 items
article: Sciatic nerve slider
heading level 4: Sciatic nerve slider
Goal: Nerve mobility
Added by Limber from Ellis et al. (2012) and Ellis et al. (2016)
A slider moves the knee and the neck together. The nerve is eased at one end while it is drawn at the other, so it slides instead of being stretched. This card is Limber’s home version of a movement tested on 31 healthy adults. The study measured how far the nerve moved, not whether pain eased.
link: Source 1
A second study found the nerve moved as much sitting up straight as sitting slumped.
link: Source 2
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
heading level 5: Warning: Stop and get advice if
list, 2 items
• your leg symptoms get worse
link: Source 3
• you feel new pain
link: Source 3
heading level 5: Sources
list, 3 items
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging Limber could not check some details of this reference, such as its issue or DOI.
2. Ellis et al. (2016):
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
3. NHS inform:
link: Exercises for back pain
Limber read an earlier copy of this page on its publisher’s own server.
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
Up to 5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
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
Limber read an earlier copy of this page on its publisher’s own server.
article: Buttock (piriformis) stretch
heading level 4: Buttock (piriformis) stretch
Goal: Flexibility
Added by Limber from NHS
Stretches the piriformis, a small muscle deep in the buttock. It lies close to the sciatic nerve. The source is an NHS video about sciatica and piriformis syndrome. That is buttock pain that comes when this muscle irritates the nerve.
link: Source 1
image: Drawing, seen from beside the feet, of a person lying on their back with the knees bent and the arms by the sides. Next, both hands bring the knee of the sore side up toward the chest and a little across the body, toward the opposite shoulder. An arrow shows the way the knee moves.
button, not pressed: Play the movement
heading level 5: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 5: Steps
list, 2 items
1 With your hands, bring the knee of the sore side up toward your chest. Then take it a little across your body, toward the opposite shoulder.
2 Hold it there gently, then bring the leg back down.
heading level 5: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
heading level 5: Warning: Stop and get advice if
list, 1 item
• you feel any pain or discomfort
link: Source 1
heading level 5: Sources
list, 1 item
1. NHS:
link: Exercises for sciatica: Piriformis syndrome
Limber read this page at an older address of the same site.
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
Limber read an earlier copy of this page on its publisher’s own server.
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
Limber read an earlier copy of this page on its publisher’s own server.
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
Limber read an earlier copy of this page on its publisher’s own server.
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
Short breaks are fine. On days when the pain feels like too much, find an escape position. This is a way of lying or sitting that lets your body relax and feel better. Use it to rest while you build your strength back up. If the pain is severe, read When to get help.
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
Walking will not free a pinched nerve. But the way your body moves when you walk usually takes stress off an irritated sciatic nerve. Walking can also bring more blood to the nerve. This may help it heal and ease the pain.
“As you walk, you gently stretch the nerve through its range of motion.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Pain relief medicines
The source article names three pain relievers. They are ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol). It says they can help with sciatic nerve pain. It also says to check that they are safe for you, given your health history.
Added by Limber from Arthritis Society Canada, U.S. Food and Drug Administration, National Institute for Health and Care Excellence and NHS 111 Wales
Evidence note: Ibuprofen and naproxen may not be safe for you if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Ask a pharmacist or doctor first.
link: Source 2
link: Source 3
Acetaminophen (Tylenol) can harm your liver if you take more than the label says. It can also harm it if you take two medicines that both contain it, or drink 3 or more alcoholic drinks a day. Many cold and flu medicines contain it. Ask a doctor first if you have liver disease or take warfarin, a blood thinner.
link: Source 4
UK advice differs. A NICE guideline tells doctors they may offer medicines like ibuprofen for low back pain, but not acetaminophen on its own. (In the UK it is called paracetamol.)
link: Source 5
NHS 111 Wales says paracetamol is unlikely to help sciatica. It also says it is not clear how much medicines like ibuprofen help.
link: Source 1
heading level 4: Sources
list, 5 items
1. NHS 111 Wales:
link: Sciatica
2. Arthritis Society Canada:
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
3. U.S. Food and Drug Administration (2020):
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
4. U.S. Food and Drug Administration:
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
5. National Institute for Health and Care Excellence (2020):
link: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
note: About medicines
About medicines: Before you take any pain reliever, make sure it is safe for you, given your health history. From the Hinge Health article (2023)
complementary: Tip: Pre-treat with heat
heading level 3: Tip: Pre-treat with heat
From the Hinge Health article (2023)
Warmth before or during exercise can help tight muscles relax. That includes the exercises for a pinched nerve. If your skin feels numb, do not put heat on it: read Ice and heat first.
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
Medical reviewer of the source article · Orthopedic Surgeon
An orthopedic surgeon. That is a doctor who operates on bones and joints. He is board certified: he passed extra exams in his specialty. He is an Associate Medical Director at Hinge Health.
article: Dylan Peterson, PT, DPT
heading level 4: Dylan Peterson, PT, DPT
Clinical reviewer of the source article · Physical Therapist
A physical therapist at Hinge Health. Builds exercise plans and lessons for its members.
region: References
heading level 3: References
list, 24 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing. The source article lists this. Limber could not find it to read.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia. The source article lists this. Limber could not find it to read.
4. Sciatica. (n.d.). Johns Hopkins Medicine. The source article lists this. Limber could not find it to read.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health. The source article lists this. Limber could not find it to read.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber read this page at an older address of the same site.
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber read an earlier copy of this page on its publisher’s own server.
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber read this page at an older address of the same site.
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber could not check some details of this reference, such as its issue or DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P., & Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
link: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (n.d.). Low back pain. Retrieved December 7, 2026, from
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (n.d.). Back pain. Retrieved December 7, 2026, from
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber read a copy that its publisher let another site use.
17. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (n.d.). Self-help and information – Lower back. Retrieved December 7, 2026, from
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (n.d.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Retrieved December 7, 2026, from
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
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
Actualizado:
7 de diciembre de 2026
Fuentes comprobadas por última vez:
7 de diciembre de 2026 (sin revisión clínica)
Próxima revisión:
7 de junio de 2027
Limber basó esta página en un artículo de Hinge Health, «Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists» (3 de mayo de 2023). Limber añadió ejercicios, consejos y notas de fuentes públicas, comprobadas el 7 de diciembre de 2026. Cada parte dice de dónde viene.
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
Un nervio está pinzado cuando los tejidos que lo rodean lo aprietan o lo irritan. Eso puede causar dolor agudo, debilidad, entumecimiento u hormigueo en cualquier punto del nervio. Puede pasar en el cuello, el hombro o la espalda. A menudo se debe a una hinchazón cerca de la raíz del nervio, la parte del nervio que sale de la columna. En la parte baja de la espalda, puede pinzar el nervio ciático, que baja por la parte de atrás de la pierna. El dolor, el hormigueo o el entumecimiento que esto causa se llama ciática.
Los síntomas van desde un hormigueo leve hasta un ardor fuerte. La mayoría de los nervios pinzados no son graves y mejoran con el tiempo. Pero incluso los síntomas leves pueden dificultar el movimiento y las tareas diarias. Los cuidados en casa pueden aliviar el dolor y ayudarle a mejorar antes.
“Cuando haces cualquier cosa que estire ese nervio, puedes tener más Dolor [sic]”
— CJ Morrow, PT, DPT, Fisioterapeuta (de la edición en español del artículo original)
botón, contraído: Palabras originales
“Cosas como agacharse para recoger algo del suelo o ponerse los zapatos o los calcetines pueden ser difíciles de hacer cuando alguien experimenta ciática”
— CJ Morrow, PT, DPT, Fisioterapeuta (de la edición en español del artículo original)
botón, contraído: Palabras originales
región: Cuándo pedir ayuda
encabezado nivel 3: Cuándo pedir ayuda
región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 4: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) y NHS Greater Glasgow and Clyde
lista, 10 elementos
• tiene dolor, entumecimiento u hormigueo que baja por las dos piernas desde la espalda (ciática en las dos piernas)
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• siente las dos piernas débiles o dormidas, y esto es fuerte o está empeorando
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• tiene entumecimiento u hormigueo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos. Por ejemplo, nota distinto el papel higiénico al limpiarse.
enlace: Fuente 4
enlace: Fuente 3
enlace: Fuente 2
enlace: Fuente 6
• le cuesta empezar a orinar, no puede orinar, no puede controlar la orina o se le escapa, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
• no siente cuando sale la orina o no sabe si tiene la vejiga llena o vacía, y esto es nuevo para usted
enlace: Fuente 3
• no siente cuándo necesita ir al baño a evacuar, no siente cuando salen las heces o no puede controlarlas, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo. Por ejemplo, siente menos en los genitales o no puede tener una erección.
enlace: Fuente 3
enlace: Fuente 4
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, y a la vez un entumecimiento o una debilidad nuevos en una pierna
enlace: Fuente 5
• el dolor empezó después de una lesión grave, como un accidente de tránsito o una caída desde una altura
enlace: Fuente 5
enlace: Fuente 2
• el dolor empezó después de una caída leve o un golpe. Esto cuenta si usted es mayor, tiene los huesos débiles (osteoporosis) o toma esteroides desde hace mucho tiempo.
enlace: Fuente 2
enlace: Fuente 7
Llame al número de emergencias de su zona o vaya ahora a la sala de emergencias más cercana. No espere a ver si mejora. Los signos en las dos piernas, alrededor de los genitales o del ano, o al orinar, al evacuar o en el sexo pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es poco frecuente, pero necesita tratamiento urgente, a menudo cirugía.
enlace: Fuente 6
enlace: Fuente 3
encabezado nivel 5: Fuentes
lista, 7 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
5. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
6. Healthify He Puna Waiora:
enlace: Sciatica
7. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
región: URGENTE: Hable con un médico lo antes posible si
encabezado nivel 4: URGENTE: Hable con un médico lo antes posible si
Añadido por Limber a partir de Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde, University Health Service, University of Sheffield, Millcroft Medical Centre y NHS inform
lista, 9 elementos
• una pierna o un pie se está debilitando. Por ejemplo, arrastra el pie, el pie golpea el piso, se tropieza o se le dobla la rodilla.
enlace: Fuente 1
enlace: Fuente 2
• se siente muy inestable al estar de pie
enlace: Fuente 1
• tiene fiebre (temperatura alta)
enlace: Fuente 1
enlace: Fuente 3
• el dolor empeora al acostarse o le despierta por la noche
enlace: Fuente 1
enlace: Fuente 3
• siente el dolor como una banda apretada alrededor del cuerpo
enlace: Fuente 1
• ha bajado de peso sin proponérselo
enlace: Fuente 3
• ha tenido cáncer
enlace: Fuente 4
• se siente mal en general
enlace: Fuente 5
• la ciática empezó cuando tenía otro problema de salud
enlace: Fuente 5
Llame a su médico en cuanto pueda, o busque atención médica urgente.
encabezado nivel 5: Fuentes
lista, 5 elementos
1. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
2. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
3. University Health Service, University of Sheffield:
enlace: Low back pain
4. Millcroft Medical Centre:
enlace: Back pain
5. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
región: NO URGENTE: Vaya al médico si
encabezado nivel 4: NO URGENTE: Vaya al médico si
Añadido por Limber a partir de Mayo Clinic, NHS 111 Wales, Chartered Society of Physiotherapy, NHS Greater Glasgow and Clyde y University Health Service, University of Sheffield
lista, 4 elementos
• el dolor ha durado más de una semana, o los cuidados en casa no lo han aliviado
enlace: Fuente 1
enlace: Fuente 3
• el dolor es fuerte o está empeorando, pero no tiene ninguno de los signos urgentes o de emergencia
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 3
• el dolor no le deja hacer sus actividades de siempre
enlace: Fuente 2
• el dolor empezó después de una caída, un golpe u otra lesión leve
enlace: Fuente 4
enlace: Fuente 5
Pida una cita con su médico. Si además tiene algún signo de emergencia, no espere: pida ayuda de emergencia ahora.
encabezado nivel 5: Fuentes
lista, 5 elementos
1. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
2. NHS 111 Wales:
enlace: Sciatica
3. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
4. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
5. University Health Service, University of Sheffield:
enlace: Low back pain
región: Qué causa un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Qué causa un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. La mayoría vienen de la espondilosis lumbar. Son cambios lentos y naturales que el tiempo produce en la parte baja de la espalda. Pasan en los discos, las almohadillas blandas que hay entre los huesos de la columna. También pasan en las articulaciones facetarias, las pequeñas articulaciones que unen esos huesos.
Estos cambios suenan preocupantes, pero no tienen por qué doler. Muchas personas cuyas pruebas de imagen (como una resonancia magnética) los muestran no tienen ningún síntoma.
enlace: Fuente 1
Pero en algunas personas llevan a una de las afecciones de abajo.
lista, 2 elementos
encabezado nivel 4: Hernia de disco
Los huesos de la columna se llaman vértebras. Entre ellas hay discos que amortiguan los golpes. Cada disco tiene un centro blando dentro de un anillo más duro. Cuando el centro empuja contra el anillo, el disco puede apretar la raíz de un nervio. Entonces los síntomas pueden bajar desde la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.
encabezado nivel 4: Estenosis espinal
Con la edad, los cambios de la columna pueden estrechar el canal espinal, el espacio que hay dentro de la columna. Así queda menos espacio para la médula espinal y las raíces de los nervios.
encabezado nivel 4: Fuentes
lista, 1 elemento
1. Romeo et al. (2019):
enlace: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight
región: Ejercicios para un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Ejercicios para un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
El artículo original muestra sus ejercicios en videos de fisioterapeutas de Hinge Health. Esos videos no se muestran aquí. El artículo dice que los ejercicios suaves ayudan a un nervio irritado de dos formas. Fortalecen la zona media del cuerpo, que sostiene la espalda y puede ayudar con la ciática. Y ayudan a que la cadera y la parte baja de la espalda se muevan mejor.
“Básicamente, ayudan a calmar el nervio y a crear apoyo y fuerza en esa zona.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
Añadido por Limber a partir de NHS, NHS inform, Cambridge University Hospitals, Ellis et al. (2012), Ellis et al. (2016), Mayo Clinic, Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde y Chartered Society of Physiotherapy
Los ejercicios de abajo no son los del artículo. Limber los eligió de páginas del NHS, de un grupo de fisioterapeutas, de un folleto de un hospital y de un estudio. Cada tarjeta nombra sus fuentes. Los expertos del artículo no los han visto ni revisado.
encabezado nivel 4: Antes de empezar
lista, 4 elementos
• Si el dolor empezó después de una caída, un choque u otra lesión, lea primero Cuándo pedir ayuda.
enlace: Referencia 20
• Si está embarazada, hable antes con su médico, con su partera o con su fisioterapeuta.
enlace: Referencia 18
• Deje de hacer el ejercicio si empeora sus síntomas o le causa un dolor nuevo.
enlace: Referencia 8
• Si no está mejorando, vaya al médico. Cuándo pedir ayuda dice cuándo.
enlace: Referencia 16
nota: Sobre estos ejercicios
Sobre estos ejercicios: Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted. Ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si tiene dudas sobre si un ejercicio le conviene, pregunte a un médico o a un fisioterapeuta antes de empezar. Añadido por Limber
lista, 6 elementos
artículo: Deslizamiento del nervio ciático
encabezado nivel 4: Deslizamiento del nervio ciático
Objetivo: Movilidad del nervio
Añadido por Limber a partir de Ellis et al. (2012) y Ellis et al. (2016)
Un deslizamiento mueve la rodilla y el cuello a la vez. El nervio se afloja por un extremo mientras se tensa por el otro, y así se desliza en lugar de estirarse. Esta tarjeta es la versión para casa de Limber de un movimiento que se probó con 31 adultos sanos. El estudio midió cuánto se movía el nervio, no si aliviaba el dolor.
enlace: Fuente 1
Otro estudio vio que el nervio se movía lo mismo sentado derecho que sentado encorvado.
enlace: Fuente 2
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
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas de la pierna empeoran
enlace: Fuente 3
• siente un dolor nuevo
enlace: Fuente 3
encabezado nivel 5: Fuentes
lista, 3 elementos
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.
2. Ellis et al. (2016):
enlace: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
3. NHS inform:
enlace: Exercises for back pain
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
artículo: Rodilla al pecho
encabezado nivel 4: Rodilla al pecho
Objetivo: Movilidad
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla a la vez hacia el pecho.
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
Hasta 5 veces
Mantener
5 segundos
Esta dosis es la que indica la fuente de este ejercicio.
enlace: Fuente 1
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
artículo: Estiramiento del glúteo (piriforme)
encabezado nivel 4: Estiramiento del glúteo (piriforme)
Objetivo: Flexibilidad
Añadido por Limber a partir de NHS
Estira el piriforme, un músculo pequeño que está en lo profundo del glúteo. Está muy cerca del nervio ciático. La fuente es un video del NHS sobre la ciática y el síndrome piriforme. Es un dolor en el glúteo que aparece cuando este músculo irrita el nervio.
enlace: Fuente 1
imagen: Dibujo, visto desde un lado de los pies, de una persona acostada boca arriba con las rodillas dobladas y los brazos a los lados. Después, con las dos manos, lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario. Una flecha muestra hacia dónde va la rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 5: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 5: Pasos
lista, 2 elementos
1 Con las manos, lleve la rodilla del lado que le duele hacia el pecho. Después crúcela un poco sobre el cuerpo, hacia el hombro contrario.
2 Manténgala ahí con suavidad y después vuelva a bajar la pierna.
encabezado nivel 5: Cuánto hacer
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
encabezado nivel 5: Advertencia: Deténgase y pida consejo si
lista, 1 elemento
• siente cualquier dolor o molestia
enlace: Fuente 1
encabezado nivel 5: Fuentes
lista, 1 elemento
1. NHS:
enlace: Exercises for sciatica: Piriformis syndrome
Limber leyó esta página en una dirección anterior del mismo sitio.
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
Esta dosis es la que indica la fuente de este ejercicio.
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
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
Esta dosis es la que indica la fuente de este ejercicio.
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
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
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
región: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Otros tratamientos para un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
El artículo original dice que un nervio pinzado en la parte baja de la espalda a menudo mejora por sí solo. Estas cosas pueden ayudarle a mejorar antes.
lista, 5 elementos
encabezado nivel 4: Apoye su postura con almohadas
Al sentarse, ponga una almohada pequeña detrás de la espalda o debajo de la cadera. Así la pelvis se inclina un poco hacia adelante y la columna queda mejor alineada.
“Sentarse encorvado puede tirar de los nervios y aumentar la sensibilidad.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Un poco de descanso, no reposo en cama
Las pausas cortas están bien. Los días en que el dolor le supere, busque una posición de alivio. Es una forma de acostarse o sentarse que deja que su cuerpo se relaje y se sienta mejor. Úsela para descansar mientras recupera la fuerza. Si el dolor es fuerte, lea Cuándo pedir ayuda.
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
Nota sobre la evidencia: No use una bolsa de agua caliente sobre la piel que tenga entumecida. Podría quemarse sin darse cuenta.
enlace: Fuente 1
encabezado nivel 4: Caminar
Caminar no libera un nervio pinzado. Pero la forma en que se mueve el cuerpo al caminar suele quitar tensión a un nervio ciático irritado. Caminar también puede llevar más sangre al nervio. Eso puede ayudar a que sane y aliviar el dolor.
“Al caminar, estira suavemente el nervio a lo largo de su rango de movimiento.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Medicamentos para el dolor
El artículo original nombra tres analgésicos. Son el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol). Dice que pueden ayudar con el dolor del nervio ciático. También dice que compruebe que son seguros para usted, según su historial médico.
Añadido por Limber a partir de Arthritis Society Canada, U.S. Food and Drug Administration, National Institute for Health and Care Excellence y NHS 111 Wales
Nota sobre la evidencia: El ibuprofeno y el naproxeno pueden no ser seguros para usted si toma un anticoagulante, está embarazada o tiene problemas de estómago, riñones, hígado o corazón. Pregunte antes a un farmacéutico o a un médico.
enlace: Fuente 2
enlace: Fuente 3
El acetaminofén (Tylenol) puede dañar el hígado si toma más de lo que dice la etiqueta. También puede dañarlo si toma dos medicamentos que lo contienen o si toma 3 o más bebidas alcohólicas al día. Muchos medicamentos para el resfriado y la gripe lo contienen. Pregunte antes a un médico si tiene una enfermedad del hígado o toma warfarina, un anticoagulante.
enlace: Fuente 4
Las guías del Reino Unido son distintas. Una guía del NICE dice a los médicos que pueden ofrecer medicamentos como el ibuprofeno para el dolor lumbar, pero no el acetaminofén solo. (En el Reino Unido se llama paracetamol.)
enlace: Fuente 5
NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática. También dice que no está claro cuánto ayudan medicamentos como el ibuprofeno.
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 5 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Arthritis Society Canada:
enlace: Non-steroidal anti-inflammatory drugs (NSAIDs)
3. U.S. Food and Drug Administration (2020):
enlace: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
4. U.S. Food and Drug Administration:
enlace: Careful: Acetaminophen in pain relief medicines can cause liver damage
5. National Institute for Health and Care Excellence (2020):
enlace: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)
nota: Sobre los medicamentos
Sobre los medicamentos: Antes de tomar un analgésico, vea si es seguro para usted, según su historial médico. Del artículo de Hinge Health (2023)
complementario: Consejo: Prepárese con calor
encabezado nivel 3: Consejo: Prepárese con calor
Del artículo de Hinge Health (2023)
El calor antes o durante el ejercicio puede ayudar a relajar los músculos tensos. Eso incluye los ejercicios para un nervio pinzado. Si tiene la piel entumecida, no se ponga calor en ella: lea antes Frío y calor.
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
Es un médico que opera huesos y articulaciones. Aprobó los exámenes de su área. En Hinge Health es director médico asociado.
artículo: Dylan Peterson, PT, DPT
encabezado nivel 4: Dylan Peterson, PT, DPT
Revisión clínica del artículo · Fisioterapeuta
Fisioterapeuta de Hinge Health. Crea planes de ejercicio y lecciones para sus miembros.
región: Referencias
encabezado nivel 3: Referencias
lista, 25 elementos
1. Davis, D. y Vasudevan, A. (2019, 15 de noviembre). Sciatica. En StatPearls. StatPearls Publishing. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M. y Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (s.f.). Physiopedia. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
4. Sciatica. (s.f.). Johns Hopkins Medicine. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
5. Hochschuler, S. (2023, 10 de febrero). What you need to know about sciatica. Spine-health. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
6. NHS 111 Wales. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (s.f.). Exercises for sciatica: Piriformis syndrome. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber leyó esta página en una dirección anterior del mismo sitio.
8. NHS inform. (s.f.). Exercises for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
9. NHS inform. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber leyó esta página en una dirección anterior del mismo sitio.
10. Cambridge University Hospitals NHS Foundation Trust. (s.f.). Back mobility exercises. Cambridge University Hospitals. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A. y McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P. y Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
enlace: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (s.f.). Low back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (s.f.). Back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, 11 de diciembre). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (s.f.). Sciatica: Symptoms and causes. Mayo Clinic. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber leyó una copia que quien la publica autorizó en otro sitio.
17. Healthify He Puna Waiora. (s.f.). Sciatica. Healthify (New Zealand). Recuperado el 1 de diciembre de 2026 de
enlace: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (s.f.). Low back pain (LBP). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (s.f.). Cauda equina syndrome. Royal Free London. Recuperado el 1 de diciembre de 2026 de
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (s.f.). Self-help and information – Lower back. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (s.f.). Exercise advice for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (s.f.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (s.f.). Non-steroidal anti-inflammatory drugs (NSAIDs). Recuperado el 1 de diciembre de 2026 de
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, 15 de octubre). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
25. Hinge Health. (2023, 3 de mayo). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Recuperado el 1 de diciembre de 2026 de
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-article> es */

snapshots["<limber-exercise-card> en"] = 
`article: Knee to chest
heading level 3: Knee to chest
Goal: Mobility
Have an emergency sign? Call your local emergency number now.
heading level 4: When to get help
region: EMERGENCY: Get emergency help now if
heading level 5: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) and NHS Greater Glasgow and Clyde
list, 10 items
• you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)
link: Source 1
link: Source 2
link: Source 6
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 6
• you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.
link: Source 4
link: Source 3
link: Source 2
link: Source 6
• it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you
link: Source 2
link: Source 3
link: Source 4
• you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you
link: Source 3
• you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.
link: Source 3
link: Source 4
• you have sudden, severe pain in your low back or a leg, and new numbness or weakness in a leg that came on with it
link: Source 5
• your pain started after a serious injury, such as a car crash or a fall from a height
link: Source 5
link: Source 2
• your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.
link: Source 2
link: Source 7
Call your local emergency number or go to the nearest emergency department now. Do not wait to see if it gets better. Signs in both legs, around the genitals or anus, or with peeing, pooping or sex can mean cauda equina syndrome. This is when the nerves at the bottom of the spine are squeezed. It is rare, but it needs treatment right away, often surgery.
link: Source 6
link: Source 3
heading level 6: Sources
list, 7 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
5. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
6. Healthify He Puna Waiora:
link: Sciatica
7. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
button, collapsed: When to see a doctor
heading level 4: Before you start
list, 4 items
• If your pain started after a fall, a crash or other injury, first read When to get help.
link: Source 3
• If you are pregnant, ask first. Talk to your doctor, midwife or physical therapist.
link: Source 4
• Stop an exercise if it makes your symptoms worse or causes new pain.
link: Source 2
• If you are not getting better, see a doctor. When to get help says when.
link: Source 5
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
Up to 5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
button: Start guided exercise
heading level 4: Warning: Stop and get advice if
list, 2 items
• your symptoms get worse
link: Source 2
• you feel new pain
link: Source 2
heading level 4: Sources
list, 5 items
1. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
2. NHS inform:
link: Exercises for back pain
Limber read an earlier copy of this page on its publisher’s own server.
3. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
4. Northern Health and Social Care Trust:
link: Low back pain (LBP)
5. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.`;
/* end snapshot <limber-exercise-card> en */

snapshots["<limber-exercise-card> es"] = 
`artículo: Rodilla al pecho
encabezado nivel 3: Rodilla al pecho
Objetivo: Movilidad
¿Tiene algún signo de emergencia? Llame al número de emergencias de su zona ahora.
encabezado nivel 4: Cuándo pedir ayuda
región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 5: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) y NHS Greater Glasgow and Clyde
lista, 10 elementos
• tiene dolor, entumecimiento u hormigueo que baja por las dos piernas desde la espalda (ciática en las dos piernas)
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• siente las dos piernas débiles o dormidas, y esto es fuerte o está empeorando
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• tiene entumecimiento u hormigueo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos. Por ejemplo, nota distinto el papel higiénico al limpiarse.
enlace: Fuente 4
enlace: Fuente 3
enlace: Fuente 2
enlace: Fuente 6
• le cuesta empezar a orinar, no puede orinar, no puede controlar la orina o se le escapa, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
• no siente cuando sale la orina o no sabe si tiene la vejiga llena o vacía, y esto es nuevo para usted
enlace: Fuente 3
• no siente cuándo necesita ir al baño a evacuar, no siente cuando salen las heces o no puede controlarlas, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo. Por ejemplo, siente menos en los genitales o no puede tener una erección.
enlace: Fuente 3
enlace: Fuente 4
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, y a la vez un entumecimiento o una debilidad nuevos en una pierna
enlace: Fuente 5
• el dolor empezó después de una lesión grave, como un accidente de tránsito o una caída desde una altura
enlace: Fuente 5
enlace: Fuente 2
• el dolor empezó después de una caída leve o un golpe. Esto cuenta si usted es mayor, tiene los huesos débiles (osteoporosis) o toma esteroides desde hace mucho tiempo.
enlace: Fuente 2
enlace: Fuente 7
Llame al número de emergencias de su zona o vaya ahora a la sala de emergencias más cercana. No espere a ver si mejora. Los signos en las dos piernas, alrededor de los genitales o del ano, o al orinar, al evacuar o en el sexo pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es poco frecuente, pero necesita tratamiento urgente, a menudo cirugía.
enlace: Fuente 6
enlace: Fuente 3
encabezado nivel 6: Fuentes
lista, 7 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
5. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
6. Healthify He Puna Waiora:
enlace: Sciatica
7. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
botón, contraído: Cuándo ir al médico
encabezado nivel 4: Antes de empezar
lista, 4 elementos
• Si el dolor empezó después de una caída, un choque u otra lesión, lea primero Cuándo pedir ayuda.
enlace: Fuente 3
• Si está embarazada, hable antes con su médico, con su partera o con su fisioterapeuta.
enlace: Fuente 4
• Deje de hacer el ejercicio si empeora sus síntomas o le causa un dolor nuevo.
enlace: Fuente 2
• Si no está mejorando, vaya al médico. Cuándo pedir ayuda dice cuándo.
enlace: Fuente 5
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla a la vez hacia el pecho.
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
Hasta 5 veces
Mantener
5 segundos
Esta dosis es la que indica la fuente de este ejercicio.
enlace: Fuente 1
botón: Empezar el ejercicio guiado
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas empeoran
enlace: Fuente 2
• siente un dolor nuevo
enlace: Fuente 2
encabezado nivel 4: Fuentes
lista, 5 elementos
1. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
2. NHS inform:
enlace: Exercises for back pain
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
3. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
4. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
5. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.`;
/* end snapshot <limber-exercise-card> es */

snapshots["<limber-exercise-list> en"] = 
`heading level 3: When to get help
region: EMERGENCY: Get emergency help now if
heading level 4: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) and NHS Greater Glasgow and Clyde
list, 10 items
• you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)
link: Source 1
link: Source 2
link: Source 6
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 6
• you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.
link: Source 4
link: Source 3
link: Source 2
link: Source 6
• it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you
link: Source 2
link: Source 3
link: Source 4
• you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you
link: Source 3
• you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.
link: Source 3
link: Source 4
• you have sudden, severe pain in your low back or a leg, and new numbness or weakness in a leg that came on with it
link: Source 5
• your pain started after a serious injury, such as a car crash or a fall from a height
link: Source 5
link: Source 2
• your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.
link: Source 2
link: Source 7
Call your local emergency number or go to the nearest emergency department now. Do not wait to see if it gets better. Signs in both legs, around the genitals or anus, or with peeing, pooping or sex can mean cauda equina syndrome. This is when the nerves at the bottom of the spine are squeezed. It is rare, but it needs treatment right away, often surgery.
link: Source 6
link: Source 3
heading level 5: Sources
list, 7 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
5. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
6. Healthify He Puna Waiora:
link: Sciatica
7. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
region: URGENT: Speak to a doctor as soon as possible if
heading level 4: URGENT: Speak to a doctor as soon as possible if
Added by Limber from Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde, University Health Service, University of Sheffield, Millcroft Medical Centre and NHS inform
list, 9 items
• a leg or foot is getting weaker. For example, your foot drags or slaps the ground, you trip, or your knee gives way.
link: Source 1
link: Source 2
• you are very unsteady on your feet
link: Source 1
• you have a fever (a high temperature)
link: Source 1
link: Source 3
• the pain is worse when you lie down, or it wakes you at night
link: Source 1
link: Source 3
• the pain feels like a tight band around your body
link: Source 1
• you have lost weight without trying
link: Source 3
• you have had cancer
link: Source 4
• you feel unwell in general
link: Source 5
• your sciatica started while you were ill with another health problem
link: Source 5
Contact your doctor as soon as you can, or get urgent care.
heading level 5: Sources
list, 5 items
1. Northern Health and Social Care Trust:
link: Low back pain (LBP)
2. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
3. University Health Service, University of Sheffield:
link: Low back pain
4. Millcroft Medical Centre:
link: Back pain
5. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
region: NON-URGENT: See a doctor if
heading level 4: NON-URGENT: See a doctor if
Added by Limber from Mayo Clinic, NHS 111 Wales, Chartered Society of Physiotherapy, NHS Greater Glasgow and Clyde and University Health Service, University of Sheffield
list, 4 items
• the pain has lasted more than a week, or care at home has not eased it
link: Source 1
link: Source 3
• the pain is severe or getting worse, but you have none of the urgent or emergency signs
link: Source 1
link: Source 2
link: Source 3
• the pain stops you from doing your usual activities
link: Source 2
• your pain started after a fall, a knock or another small injury
link: Source 4
link: Source 5
Make an appointment with your doctor. If you also have any emergency sign, do not wait: get emergency help now.
heading level 5: Sources
list, 5 items
1. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
2. NHS 111 Wales:
link: Sciatica
3. Chartered Society of Physiotherapy:
link: Exercise advice for back pain
4. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
5. University Health Service, University of Sheffield:
link: Low back pain
heading level 3: Before you start
list, 4 items
• If your pain started after a fall, a crash or other injury, first read When to get help.
link: Source 1
• If you are pregnant, ask first. Talk to your doctor, midwife or physical therapist.
link: Source 2
• Stop an exercise if it makes your symptoms worse or causes new pain.
link: Source 3
• If you are not getting better, see a doctor. When to get help says when.
link: Source 4
heading level 4: Sources
list, 4 items
1. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. NHS inform:
link: Exercises for back pain
Limber read an earlier copy of this page on its publisher’s own server.
4. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
note: About these exercises
About these exercises: Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you. Neither Limber nor the article’s experts can see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start. Added by Limber
list, 6 items
article: Sciatic nerve slider
heading level 3: Sciatic nerve slider
Goal: Nerve mobility
Added by Limber from Ellis et al. (2012) and Ellis et al. (2016)
A slider moves the knee and the neck together. The nerve is eased at one end while it is drawn at the other, so it slides instead of being stretched. This card is Limber’s home version of a movement tested on 31 healthy adults. The study measured how far the nerve moved, not whether pain eased.
link: Source 1
A second study found the nerve moved as much sitting up straight as sitting slumped.
link: Source 2
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
heading level 4: Warning: Stop and get advice if
list, 2 items
• your leg symptoms get worse
link: Source 3
• you feel new pain
link: Source 3
heading level 4: Sources
list, 3 items
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging Limber could not check some details of this reference, such as its issue or DOI.
2. Ellis et al. (2016):
link: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
3. NHS inform:
link: Exercises for back pain
Limber read an earlier copy of this page on its publisher’s own server.
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
Up to 5 times
Hold
5 seconds
This dose is the one its source gives for this movement.
link: Source 1
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
Limber read an earlier copy of this page on its publisher’s own server.
article: Buttock (piriformis) stretch
heading level 3: Buttock (piriformis) stretch
Goal: Flexibility
Added by Limber from NHS
Stretches the piriformis, a small muscle deep in the buttock. It lies close to the sciatic nerve. The source is an NHS video about sciatica and piriformis syndrome. That is buttock pain that comes when this muscle irritates the nerve.
link: Source 1
image: Drawing, seen from beside the feet, of a person lying on their back with the knees bent and the arms by the sides. Next, both hands bring the knee of the sore side up toward the chest and a little across the body, toward the opposite shoulder. An arrow shows the way the knee moves.
button, not pressed: Play the movement
heading level 4: Starting position
Lie on your back with your knees bent and your feet on the floor.
heading level 4: Steps
list, 2 items
1 With your hands, bring the knee of the sore side up toward your chest. Then take it a little across your body, toward the opposite shoulder.
2 Hold it there gently, then bring the leg back down.
heading level 4: How much
Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.
heading level 4: Warning: Stop and get advice if
list, 1 item
• you feel any pain or discomfort
link: Source 1
heading level 4: Sources
list, 1 item
1. NHS:
link: Exercises for sciatica: Piriformis syndrome
Limber read this page at an older address of the same site.
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
Limber read an earlier copy of this page on its publisher’s own server.
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
Limber read an earlier copy of this page on its publisher’s own server.
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
link: Exercises for back pain
Limber read an earlier copy of this page on its publisher’s own server.`;
/* end snapshot <limber-exercise-list> en */

snapshots["<limber-exercise-list> es"] = 
`encabezado nivel 3: Cuándo pedir ayuda
región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 4: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) y NHS Greater Glasgow and Clyde
lista, 10 elementos
• tiene dolor, entumecimiento u hormigueo que baja por las dos piernas desde la espalda (ciática en las dos piernas)
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• siente las dos piernas débiles o dormidas, y esto es fuerte o está empeorando
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• tiene entumecimiento u hormigueo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos. Por ejemplo, nota distinto el papel higiénico al limpiarse.
enlace: Fuente 4
enlace: Fuente 3
enlace: Fuente 2
enlace: Fuente 6
• le cuesta empezar a orinar, no puede orinar, no puede controlar la orina o se le escapa, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
• no siente cuando sale la orina o no sabe si tiene la vejiga llena o vacía, y esto es nuevo para usted
enlace: Fuente 3
• no siente cuándo necesita ir al baño a evacuar, no siente cuando salen las heces o no puede controlarlas, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo. Por ejemplo, siente menos en los genitales o no puede tener una erección.
enlace: Fuente 3
enlace: Fuente 4
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, y a la vez un entumecimiento o una debilidad nuevos en una pierna
enlace: Fuente 5
• el dolor empezó después de una lesión grave, como un accidente de tránsito o una caída desde una altura
enlace: Fuente 5
enlace: Fuente 2
• el dolor empezó después de una caída leve o un golpe. Esto cuenta si usted es mayor, tiene los huesos débiles (osteoporosis) o toma esteroides desde hace mucho tiempo.
enlace: Fuente 2
enlace: Fuente 7
Llame al número de emergencias de su zona o vaya ahora a la sala de emergencias más cercana. No espere a ver si mejora. Los signos en las dos piernas, alrededor de los genitales o del ano, o al orinar, al evacuar o en el sexo pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es poco frecuente, pero necesita tratamiento urgente, a menudo cirugía.
enlace: Fuente 6
enlace: Fuente 3
encabezado nivel 5: Fuentes
lista, 7 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
5. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
6. Healthify He Puna Waiora:
enlace: Sciatica
7. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
región: URGENTE: Hable con un médico lo antes posible si
encabezado nivel 4: URGENTE: Hable con un médico lo antes posible si
Añadido por Limber a partir de Northern Health and Social Care Trust, NHS Greater Glasgow and Clyde, University Health Service, University of Sheffield, Millcroft Medical Centre y NHS inform
lista, 9 elementos
• una pierna o un pie se está debilitando. Por ejemplo, arrastra el pie, el pie golpea el piso, se tropieza o se le dobla la rodilla.
enlace: Fuente 1
enlace: Fuente 2
• se siente muy inestable al estar de pie
enlace: Fuente 1
• tiene fiebre (temperatura alta)
enlace: Fuente 1
enlace: Fuente 3
• el dolor empeora al acostarse o le despierta por la noche
enlace: Fuente 1
enlace: Fuente 3
• siente el dolor como una banda apretada alrededor del cuerpo
enlace: Fuente 1
• ha bajado de peso sin proponérselo
enlace: Fuente 3
• ha tenido cáncer
enlace: Fuente 4
• se siente mal en general
enlace: Fuente 5
• la ciática empezó cuando tenía otro problema de salud
enlace: Fuente 5
Llame a su médico en cuanto pueda, o busque atención médica urgente.
encabezado nivel 5: Fuentes
lista, 5 elementos
1. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
2. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
3. University Health Service, University of Sheffield:
enlace: Low back pain
4. Millcroft Medical Centre:
enlace: Back pain
5. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
región: NO URGENTE: Vaya al médico si
encabezado nivel 4: NO URGENTE: Vaya al médico si
Añadido por Limber a partir de Mayo Clinic, NHS 111 Wales, Chartered Society of Physiotherapy, NHS Greater Glasgow and Clyde y University Health Service, University of Sheffield
lista, 4 elementos
• el dolor ha durado más de una semana, o los cuidados en casa no lo han aliviado
enlace: Fuente 1
enlace: Fuente 3
• el dolor es fuerte o está empeorando, pero no tiene ninguno de los signos urgentes o de emergencia
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 3
• el dolor no le deja hacer sus actividades de siempre
enlace: Fuente 2
• el dolor empezó después de una caída, un golpe u otra lesión leve
enlace: Fuente 4
enlace: Fuente 5
Pida una cita con su médico. Si además tiene algún signo de emergencia, no espere: pida ayuda de emergencia ahora.
encabezado nivel 5: Fuentes
lista, 5 elementos
1. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
2. NHS 111 Wales:
enlace: Sciatica
3. Chartered Society of Physiotherapy:
enlace: Exercise advice for back pain
4. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
5. University Health Service, University of Sheffield:
enlace: Low back pain
encabezado nivel 3: Antes de empezar
lista, 4 elementos
• Si el dolor empezó después de una caída, un choque u otra lesión, lea primero Cuándo pedir ayuda.
enlace: Fuente 1
• Si está embarazada, hable antes con su médico, con su partera o con su fisioterapeuta.
enlace: Fuente 2
• Deje de hacer el ejercicio si empeora sus síntomas o le causa un dolor nuevo.
enlace: Fuente 3
• Si no está mejorando, vaya al médico. Cuándo pedir ayuda dice cuándo.
enlace: Fuente 4
encabezado nivel 4: Fuentes
lista, 4 elementos
1. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. NHS inform:
enlace: Exercises for back pain
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
4. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
nota: Sobre estos ejercicios
Sobre estos ejercicios: Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted. Ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si tiene dudas sobre si un ejercicio le conviene, pregunte a un médico o a un fisioterapeuta antes de empezar. Añadido por Limber
lista, 6 elementos
artículo: Deslizamiento del nervio ciático
encabezado nivel 3: Deslizamiento del nervio ciático
Objetivo: Movilidad del nervio
Añadido por Limber a partir de Ellis et al. (2012) y Ellis et al. (2016)
Un deslizamiento mueve la rodilla y el cuello a la vez. El nervio se afloja por un extremo mientras se tensa por el otro, y así se desliza en lugar de estirarse. Esta tarjeta es la versión para casa de Limber de un movimiento que se probó con 31 adultos sanos. El estudio midió cuánto se movía el nervio, no si aliviaba el dolor.
enlace: Fuente 1
Otro estudio vio que el nervio se movía lo mismo sentado derecho que sentado encorvado.
enlace: Fuente 2
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
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 2 elementos
• los síntomas de la pierna empeoran
enlace: Fuente 3
• siente un dolor nuevo
enlace: Fuente 3
encabezado nivel 4: Fuentes
lista, 3 elementos
1. Ellis et al. (2012): Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.
2. Ellis et al. (2016):
enlace: The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging
3. NHS inform:
enlace: Exercises for back pain
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
artículo: Rodilla al pecho
encabezado nivel 3: Rodilla al pecho
Objetivo: Movilidad
Añadido por Limber a partir de Chartered Society of Physiotherapy
Dobla con suavidad la parte baja de la espalda al llevar una rodilla a la vez hacia el pecho.
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
Hasta 5 veces
Mantener
5 segundos
Esta dosis es la que indica la fuente de este ejercicio.
enlace: Fuente 1
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
artículo: Estiramiento del glúteo (piriforme)
encabezado nivel 3: Estiramiento del glúteo (piriforme)
Objetivo: Flexibilidad
Añadido por Limber a partir de NHS
Estira el piriforme, un músculo pequeño que está en lo profundo del glúteo. Está muy cerca del nervio ciático. La fuente es un video del NHS sobre la ciática y el síndrome piriforme. Es un dolor en el glúteo que aparece cuando este músculo irrita el nervio.
enlace: Fuente 1
imagen: Dibujo, visto desde un lado de los pies, de una persona acostada boca arriba con las rodillas dobladas y los brazos a los lados. Después, con las dos manos, lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario. Una flecha muestra hacia dónde va la rodilla.
botón, no presionado: Ver el movimiento
encabezado nivel 4: Posición inicial
Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.
encabezado nivel 4: Pasos
lista, 2 elementos
1 Con las manos, lleve la rodilla del lado que le duele hacia el pecho. Después crúcela un poco sobre el cuerpo, hacia el hombro contrario.
2 Manténgala ahí con suavidad y después vuelva a bajar la pierna.
encabezado nivel 4: Cuánto hacer
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
encabezado nivel 4: Advertencia: Deténgase y pida consejo si
lista, 1 elemento
• siente cualquier dolor o molestia
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 1 elemento
1. NHS:
enlace: Exercises for sciatica: Piriformis syndrome
Limber leyó esta página en una dirección anterior del mismo sitio.
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
Esta dosis es la que indica la fuente de este ejercicio.
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
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
Esta dosis es la que indica la fuente de este ejercicio.
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
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
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
La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.
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
enlace: Exercises for back pain
Limber leyó una copia anterior de esta página en el servidor de quien la publica.`;
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
link: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight`;
/* end snapshot <limber-causes> en */

snapshots["<limber-causes> es"] = 
`región: Qué causa un nervio pinzado en la parte baja de la espalda
encabezado nivel 3: Qué causa un nervio pinzado en la parte baja de la espalda
Del artículo de Hinge Health (2023)
Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. La mayoría vienen de la espondilosis lumbar. Son cambios lentos y naturales que el tiempo produce en la parte baja de la espalda. Pasan en los discos, las almohadillas blandas que hay entre los huesos de la columna. También pasan en las articulaciones facetarias, las pequeñas articulaciones que unen esos huesos.
Estos cambios suenan preocupantes, pero no tienen por qué doler. Muchas personas cuyas pruebas de imagen (como una resonancia magnética) los muestran no tienen ningún síntoma.
enlace: Fuente 1
Pero en algunas personas llevan a una de las afecciones de abajo.
lista, 2 elementos
encabezado nivel 4: Hernia de disco
Los huesos de la columna se llaman vértebras. Entre ellas hay discos que amortiguan los golpes. Cada disco tiene un centro blando dentro de un anillo más duro. Cuando el centro empuja contra el anillo, el disco puede apretar la raíz de un nervio. Entonces los síntomas pueden bajar desde la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.
encabezado nivel 4: Estenosis espinal
Con la edad, los cambios de la columna pueden estrechar el canal espinal, el espacio que hay dentro de la columna. Así queda menos espacio para la médula espinal y las raíces de los nervios.
encabezado nivel 4: Fuentes
lista, 1 elemento
1. Romeo et al. (2019):
enlace: High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight`;
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
Short breaks are fine. On days when the pain feels like too much, find an escape position. This is a way of lying or sitting that lets your body relax and feel better. Use it to rest while you build your strength back up. If the pain is severe, read When to get help.
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
Walking will not free a pinched nerve. But the way your body moves when you walk usually takes stress off an irritated sciatic nerve. Walking can also bring more blood to the nerve. This may help it heal and ease the pain.
“As you walk, you gently stretch the nerve through its range of motion.”
— CJ Morrow, PT, DPT, Physical Therapist
heading level 4: Pain relief medicines
The source article names three pain relievers. They are ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol). It says they can help with sciatic nerve pain. It also says to check that they are safe for you, given your health history.
Added by Limber from Arthritis Society Canada, U.S. Food and Drug Administration, National Institute for Health and Care Excellence and NHS 111 Wales
Evidence note: Ibuprofen and naproxen may not be safe for you if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Ask a pharmacist or doctor first.
link: Source 2
link: Source 3
Acetaminophen (Tylenol) can harm your liver if you take more than the label says. It can also harm it if you take two medicines that both contain it, or drink 3 or more alcoholic drinks a day. Many cold and flu medicines contain it. Ask a doctor first if you have liver disease or take warfarin, a blood thinner.
link: Source 4
UK advice differs. A NICE guideline tells doctors they may offer medicines like ibuprofen for low back pain, but not acetaminophen on its own. (In the UK it is called paracetamol.)
link: Source 5
NHS 111 Wales says paracetamol is unlikely to help sciatica. It also says it is not clear how much medicines like ibuprofen help.
link: Source 1
heading level 4: Sources
list, 5 items
1. NHS 111 Wales:
link: Sciatica
2. Arthritis Society Canada:
link: Non-steroidal anti-inflammatory drugs (NSAIDs)
3. U.S. Food and Drug Administration (2020):
link: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
4. U.S. Food and Drug Administration:
link: Careful: Acetaminophen in pain relief medicines can cause liver damage
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
Al sentarse, ponga una almohada pequeña detrás de la espalda o debajo de la cadera. Así la pelvis se inclina un poco hacia adelante y la columna queda mejor alineada.
“Sentarse encorvado puede tirar de los nervios y aumentar la sensibilidad.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Un poco de descanso, no reposo en cama
Las pausas cortas están bien. Los días en que el dolor le supere, busque una posición de alivio. Es una forma de acostarse o sentarse que deja que su cuerpo se relaje y se sienta mejor. Úsela para descansar mientras recupera la fuerza. Si el dolor es fuerte, lea Cuándo pedir ayuda.
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
Nota sobre la evidencia: No use una bolsa de agua caliente sobre la piel que tenga entumecida. Podría quemarse sin darse cuenta.
enlace: Fuente 1
encabezado nivel 4: Caminar
Caminar no libera un nervio pinzado. Pero la forma en que se mueve el cuerpo al caminar suele quitar tensión a un nervio ciático irritado. Caminar también puede llevar más sangre al nervio. Eso puede ayudar a que sane y aliviar el dolor.
“Al caminar, estira suavemente el nervio a lo largo de su rango de movimiento.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales
encabezado nivel 4: Medicamentos para el dolor
El artículo original nombra tres analgésicos. Son el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol). Dice que pueden ayudar con el dolor del nervio ciático. También dice que compruebe que son seguros para usted, según su historial médico.
Añadido por Limber a partir de Arthritis Society Canada, U.S. Food and Drug Administration, National Institute for Health and Care Excellence y NHS 111 Wales
Nota sobre la evidencia: El ibuprofeno y el naproxeno pueden no ser seguros para usted si toma un anticoagulante, está embarazada o tiene problemas de estómago, riñones, hígado o corazón. Pregunte antes a un farmacéutico o a un médico.
enlace: Fuente 2
enlace: Fuente 3
El acetaminofén (Tylenol) puede dañar el hígado si toma más de lo que dice la etiqueta. También puede dañarlo si toma dos medicamentos que lo contienen o si toma 3 o más bebidas alcohólicas al día. Muchos medicamentos para el resfriado y la gripe lo contienen. Pregunte antes a un médico si tiene una enfermedad del hígado o toma warfarina, un anticoagulante.
enlace: Fuente 4
Las guías del Reino Unido son distintas. Una guía del NICE dice a los médicos que pueden ofrecer medicamentos como el ibuprofeno para el dolor lumbar, pero no el acetaminofén solo. (En el Reino Unido se llama paracetamol.)
enlace: Fuente 5
NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática. También dice que no está claro cuánto ayudan medicamentos como el ibuprofeno.
enlace: Fuente 1
encabezado nivel 4: Fuentes
lista, 5 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Arthritis Society Canada:
enlace: Non-steroidal anti-inflammatory drugs (NSAIDs)
3. U.S. Food and Drug Administration (2020):
enlace: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid
4. U.S. Food and Drug Administration:
enlace: Careful: Acetaminophen in pain relief medicines can cause liver damage
5. National Institute for Health and Care Excellence (2020):
enlace: Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)`;
/* end snapshot <limber-treatment-list> es */

snapshots["<limber-tip> en"] = 
`complementary: Tip: Pre-treat with heat
heading level 3: Tip: Pre-treat with heat
From the Hinge Health article (2023)
Warmth before or during exercise can help tight muscles relax. That includes the exercises for a pinched nerve. If your skin feels numb, do not put heat on it: read Ice and heat first.
“This can be especially helpful if you’re concerned about the pain while you move.”
— CJ Morrow, PT, DPT, Physical Therapist`;
/* end snapshot <limber-tip> en */

snapshots["<limber-tip> es"] = 
`complementario: Consejo: Prepárese con calor
encabezado nivel 3: Consejo: Prepárese con calor
Del artículo de Hinge Health (2023)
El calor antes o durante el ejercicio puede ayudar a relajar los músculos tensos. Eso incluye los ejercicios para un nervio pinzado. Si tiene la piel entumecida, no se ponga calor en ella: lea antes Frío y calor.
“Esto puede ayudar sobre todo si le preocupa el dolor al moverse.”
— CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)
botón, contraído: Palabras originales`;
/* end snapshot <limber-tip> es */

snapshots["<limber-care-card> en"] = 
`region: EMERGENCY: Get emergency help now if
heading level 3: EMERGENCY: Get emergency help now if
Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) and NHS Greater Glasgow and Clyde
list, 10 items
• you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)
link: Source 1
link: Source 2
link: Source 6
• you have weakness or numbness in both legs that is bad or getting worse
link: Source 1
link: Source 2
link: Source 6
• you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.
link: Source 4
link: Source 3
link: Source 2
link: Source 6
• it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you
link: Source 2
link: Source 3
link: Source 4
• you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you
link: Source 3
• you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you
link: Source 2
link: Source 3
• you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.
link: Source 3
link: Source 4
• you have sudden, severe pain in your low back or a leg, and new numbness or weakness in a leg that came on with it
link: Source 5
• your pain started after a serious injury, such as a car crash or a fall from a height
link: Source 5
link: Source 2
• your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.
link: Source 2
link: Source 7
Call 911 or go to the emergency room now. Do not wait to see if it gets better. Signs in both legs, around the genitals or anus, or with peeing, pooping or sex can mean cauda equina syndrome. This is when the nerves at the bottom of the spine are squeezed. It is rare, but it needs treatment right away, often surgery.
link: Source 6
link: Source 3
heading level 4: Sources
list, 7 items
1. NHS 111 Wales:
link: Sciatica
2. Northern Health and Social Care Trust:
link: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
link: Cauda equina syndrome
4. NHS inform:
link: Sciatica
Limber read this page at an older address of the same site.
5. Mayo Clinic Staff:
link: Sciatica: Symptoms and causes
Limber read a copy that its publisher let another site use.
6. Healthify He Puna Waiora:
link: Sciatica
7. NHS Greater Glasgow and Clyde:
link: Self-help and information – Lower back`;
/* end snapshot <limber-care-card> en */

snapshots["<limber-care-card> es"] = 
`región: EMERGENCIA: Pida ayuda de emergencia ahora si
encabezado nivel 3: EMERGENCIA: Pida ayuda de emergencia ahora si
Añadido por Limber a partir de NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) y NHS Greater Glasgow and Clyde
lista, 10 elementos
• tiene dolor, entumecimiento u hormigueo que baja por las dos piernas desde la espalda (ciática en las dos piernas)
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• siente las dos piernas débiles o dormidas, y esto es fuerte o está empeorando
enlace: Fuente 1
enlace: Fuente 2
enlace: Fuente 6
• tiene entumecimiento u hormigueo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos. Por ejemplo, nota distinto el papel higiénico al limpiarse.
enlace: Fuente 4
enlace: Fuente 3
enlace: Fuente 2
enlace: Fuente 6
• le cuesta empezar a orinar, no puede orinar, no puede controlar la orina o se le escapa, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
enlace: Fuente 4
• no siente cuando sale la orina o no sabe si tiene la vejiga llena o vacía, y esto es nuevo para usted
enlace: Fuente 3
• no siente cuándo necesita ir al baño a evacuar, no siente cuando salen las heces o no puede controlarlas, y esto es nuevo para usted
enlace: Fuente 2
enlace: Fuente 3
• tiene problemas nuevos con el sexo. Por ejemplo, siente menos en los genitales o no puede tener una erección.
enlace: Fuente 3
enlace: Fuente 4
• tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, y a la vez un entumecimiento o una debilidad nuevos en una pierna
enlace: Fuente 5
• el dolor empezó después de una lesión grave, como un accidente de tránsito o una caída desde una altura
enlace: Fuente 5
enlace: Fuente 2
• el dolor empezó después de una caída leve o un golpe. Esto cuenta si usted es mayor, tiene los huesos débiles (osteoporosis) o toma esteroides desde hace mucho tiempo.
enlace: Fuente 2
enlace: Fuente 7
Llame al 911 o vaya ahora a la sala de emergencias. No espere a ver si mejora. Los signos en las dos piernas, alrededor de los genitales o del ano, o al orinar, al evacuar o en el sexo pueden indicar el síndrome de la cola de caballo (cauda equina): los nervios del final de la columna están apretados. Es poco frecuente, pero necesita tratamiento urgente, a menudo cirugía.
enlace: Fuente 6
enlace: Fuente 3
encabezado nivel 4: Fuentes
lista, 7 elementos
1. NHS 111 Wales:
enlace: Sciatica
2. Northern Health and Social Care Trust:
enlace: Low back pain (LBP)
3. Royal Free London NHS Foundation Trust:
enlace: Cauda equina syndrome
4. NHS inform:
enlace: Sciatica
Limber leyó esta página en una dirección anterior del mismo sitio.
5. Mayo Clinic Staff:
enlace: Sciatica: Symptoms and causes
Limber leyó una copia que quien la publica autorizó en otro sitio.
6. Healthify He Puna Waiora:
enlace: Sciatica
7. NHS Greater Glasgow and Clyde:
enlace: Self-help and information – Lower back`;
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
Medical reviewer of the source article · Orthopedic Surgeon
An orthopedic surgeon. That is a doctor who operates on bones and joints. He is board certified: he passed extra exams in his specialty. He is an Associate Medical Director at Hinge Health.
article: Dylan Peterson, PT, DPT
heading level 3: Dylan Peterson, PT, DPT
Clinical reviewer of the source article · Physical Therapist
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
Es un médico que opera huesos y articulaciones. Aprobó los exámenes de su área. En Hinge Health es director médico asociado.
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
list, 24 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing. The source article lists this. Limber could not find it to read.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia. The source article lists this. Limber could not find it to read.
4. Sciatica. (n.d.). Johns Hopkins Medicine. The source article lists this. Limber could not find it to read.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health. The source article lists this. Limber could not find it to read.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber read this page at an older address of the same site.
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber read an earlier copy of this page on its publisher’s own server.
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber read this page at an older address of the same site.
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber could not check some details of this reference, such as its issue or DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P., & Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
link: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (n.d.). Low back pain. Retrieved December 7, 2026, from
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (n.d.). Back pain. Retrieved December 7, 2026, from
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber read a copy that its publisher let another site use.
17. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (n.d.). Self-help and information – Lower back. Retrieved December 7, 2026, from
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (n.d.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Retrieved December 7, 2026, from
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-citations> en */

snapshots["<limber-citations> es"] = 
`región: Referencias
encabezado nivel 3: Referencias
lista, 25 elementos
1. Davis, D. y Vasudevan, A. (2019, 15 de noviembre). Sciatica. En StatPearls. StatPearls Publishing. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M. y Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (s.f.). Physiopedia. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
4. Sciatica. (s.f.). Johns Hopkins Medicine. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
5. Hochschuler, S. (2023, 10 de febrero). What you need to know about sciatica. Spine-health. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
6. NHS 111 Wales. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (s.f.). Exercises for sciatica: Piriformis syndrome. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber leyó esta página en una dirección anterior del mismo sitio.
8. NHS inform. (s.f.). Exercises for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
9. NHS inform. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber leyó esta página en una dirección anterior del mismo sitio.
10. Cambridge University Hospitals NHS Foundation Trust. (s.f.). Back mobility exercises. Cambridge University Hospitals. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A. y McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P. y Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
enlace: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (s.f.). Low back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (s.f.). Back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, 11 de diciembre). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (s.f.). Sciatica: Symptoms and causes. Mayo Clinic. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber leyó una copia que quien la publica autorizó en otro sitio.
17. Healthify He Puna Waiora. (s.f.). Sciatica. Healthify (New Zealand). Recuperado el 1 de diciembre de 2026 de
enlace: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (s.f.). Low back pain (LBP). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (s.f.). Cauda equina syndrome. Royal Free London. Recuperado el 1 de diciembre de 2026 de
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (s.f.). Self-help and information – Lower back. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (s.f.). Exercise advice for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (s.f.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (s.f.). Non-steroidal anti-inflammatory drugs (NSAIDs). Recuperado el 1 de diciembre de 2026 de
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, 15 de octubre). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
25. Hinge Health. (2023, 3 de mayo). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Recuperado el 1 de diciembre de 2026 de
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-citations> es */

snapshots["<limber-cite> en"] = 
`Scans often show disc changes in people with no symptoms
link: Reference 2
.
region: References
heading level 3: References
list, 24 items
1. Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing. The source article lists this. Limber could not find it to read.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
link: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (n.d.). Physiopedia. The source article lists this. Limber could not find it to read.
4. Sciatica. (n.d.). Johns Hopkins Medicine. The source article lists this. Limber could not find it to read.
5. Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health. The source article lists this. Limber could not find it to read.
6. NHS 111 Wales. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (n.d.). Exercises for sciatica: Piriformis syndrome. Retrieved December 1, 2026, from
link: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber read this page at an older address of the same site.
8. NHS inform. (n.d.). Exercises for back pain. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber read an earlier copy of this page on its publisher’s own server.
9. NHS inform. (n.d.). Sciatica. Retrieved December 1, 2026, from
link: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber read this page at an older address of the same site.
10. Cambridge University Hospitals NHS Foundation Trust. (n.d.). Back mobility exercises. Cambridge University Hospitals. Retrieved December 1, 2026, from
link: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A., & McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber could not check some details of this reference, such as its issue or DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P., & Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
link: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (n.d.). Low back pain. Retrieved December 7, 2026, from
link: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (n.d.). Back pain. Retrieved December 7, 2026, from
link: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, December 11). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Retrieved December 1, 2026, from
link: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (n.d.). Sciatica: Symptoms and causes. Mayo Clinic. Retrieved December 1, 2026, from
link: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber read a copy that its publisher let another site use.
17. Healthify He Puna Waiora. (n.d.). Sciatica. Healthify (New Zealand). Retrieved December 1, 2026, from
link: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (n.d.). Low back pain (LBP). Retrieved December 1, 2026, from
link: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (n.d.). Cauda equina syndrome. Royal Free London. Retrieved December 1, 2026, from
link: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (n.d.). Self-help and information – Lower back. Retrieved December 7, 2026, from
link: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (n.d.). Exercise advice for back pain. Retrieved December 1, 2026, from
link: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (n.d.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Retrieved December 7, 2026, from
link: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (n.d.). Non-steroidal anti-inflammatory drugs (NSAIDs). Retrieved December 1, 2026, from
link: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, October 15). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Retrieved December 1, 2026, from
link: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic`;
/* end snapshot <limber-cite> en */

snapshots["<limber-cite> es"] = 
`Scans often show disc changes in people with no symptoms
enlace: Referencia 2
.
región: Referencias
encabezado nivel 3: Referencias
lista, 25 elementos
1. Davis, D. y Vasudevan, A. (2019, 15 de noviembre). Sciatica. En StatPearls. StatPearls Publishing. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
2. Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M. y Cangiano, A. (2019). High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. Spine, 44 (12), 872–878.
enlace: https://doi.org/10.1097/BRS.0000000000002961
3. Sciatic nerve injury. (s.f.). Physiopedia. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
4. Sciatica. (s.f.). Johns Hopkins Medicine. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
5. Hochschuler, S. (2023, 10 de febrero). What you need to know about sciatica. Spine-health. El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.
6. NHS 111 Wales. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/
7. NHS. (s.f.). Exercises for sciatica: Piriformis syndrome. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx
Limber leyó esta página en una dirección anterior del mismo sitio.
8. NHS inform. (s.f.). Exercises for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/
Limber leyó una copia anterior de esta página en el servidor de quien la publica.
9. NHS inform. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/
Limber leyó esta página en una dirección anterior del mismo sitio.
10. Cambridge University Hospitals NHS Foundation Trust. (s.f.). Back mobility exercises. Cambridge University Hospitals. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/
11. Ellis, R. F., Hing, W. A. y McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675. Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.
12. Ellis, R., Osborne, S., Whitfield, J., Parmar, P. y Hing, W. (2016). The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging. Journal of Manual & Manipulative Therapy, 98–105.
enlace: https://doi.org/10.1179/2042618615Y.0000000020
13. University Health Service, University of Sheffield. (s.f.). Low back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.sheffield.ac.uk/health-service/conditions/low-back-pain
14. Millcroft Medical Centre. (s.f.). Back pain. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/
15. National Institute for Health and Care Excellence. (2020, 11 de diciembre). Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.nice.org.uk/guidance/ng59
16. Mayo Clinic Staff. (s.f.). Sciatica: Symptoms and causes. Mayo Clinic. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435
Limber leyó una copia que quien la publica autorizó en otro sitio.
17. Healthify He Puna Waiora. (s.f.). Sciatica. Healthify (New Zealand). Recuperado el 1 de diciembre de 2026 de
enlace: https://healthify.nz/health-a-z/s/sciatica
18. Northern Health and Social Care Trust. (s.f.). Low back pain (LBP). Recuperado el 1 de diciembre de 2026 de
enlace: https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/
19. Royal Free London NHS Foundation Trust. (s.f.). Cauda equina syndrome. Royal Free London. Recuperado el 1 de diciembre de 2026 de
enlace: https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome
20. NHS Greater Glasgow and Clyde. (s.f.). Self-help and information – Lower back. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/
21. Chartered Society of Physiotherapy. (s.f.). Exercise advice for back pain. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain
22. U.S. Food and Drug Administration. (s.f.). Careful: Acetaminophen in pain relief medicines can cause liver damage. Recuperado el 7 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage
23. Arthritis Society Canada. (s.f.). Non-steroidal anti-inflammatory drugs (NSAIDs). Recuperado el 1 de diciembre de 2026 de
enlace: https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)
24. U.S. Food and Drug Administration. (2020, 15 de octubre). FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. Recuperado el 1 de diciembre de 2026 de
enlace: https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic
25. Hinge Health. (2023, 3 de mayo). Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas. Recuperado el 1 de diciembre de 2026 de
enlace: https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back`;
/* end snapshot <limber-cite> es */

snapshots["<limber-topic-index> en"] = 
`region: Health topics A to Z
heading level 3: Health topics A to Z
Find a topic
2 topics
list, 2 items
link: Osteoarthritis of the knee
Also called: knee arthritis
link: Pinched nerve in the low back
Also called: sciatica`;
/* end snapshot <limber-topic-index> en */

snapshots["<limber-topic-index> es"] = 
`región: Temas de salud de la A a la Z
encabezado nivel 3: Temas de salud de la A a la Z
Buscar un tema
2 temas
lista, 2 elementos
enlace: Artrosis de rodilla
También llamado: osteoartritis de rodilla
enlace: Nervio pinzado en la parte baja de la espalda
También llamado: ciática`;
/* end snapshot <limber-topic-index> es */

