#!/usr/bin/env python3
"""Write fresh6.jsonl.gz: 1,000 hand-framed documents for measuring a PII / secret scanner.

    python3 eval/fresh6/gen_fresh6.py            # writes fresh6.jsonl.gz next to this file
    python3 eval/fresh6/gen_fresh6.py --stats    # also prints counts and the md5 of the .gz

Python 3 standard library only. Deterministic: one random.Random(SEED), no set iteration, gzip with
mtime=0 and an empty file name, so the bytes are the same under any PYTHONHASHSEED.

Frame syntax (the frames are at the bottom of this file, one per line, grouped under "@@" headers):
  literal text; "⏎" is a newline and "⇥" a tab.
  ⟨P1⟩ full name of person 1    ⟨G1⟩ given name    ⟨S1⟩ surname (after a title)    ⟨g1⟩ lower-case given
  ⟨PU1⟩ upper-case full name    ⟨GU1⟩ / ⟨SU1⟩ upper-case given / surname    ⟨PL1⟩ lower-case full name
  ⟨PR1⟩ "Surname, Given"        ⟨PSF1⟩ "SURNAME Given"    ⟨PI1⟩ "G. Surname"    ⟨PA1⟩ ASCII-folded full name
  ⟨E1⟩ personal e-mail of person 1    ⟨EW1⟩ work e-mail of person 1    ⟨UN1⟩ login (ASCII lower given name)
  a person slot may carry constraints after ":" (first use wins): w = given name that is also a word,
  ws = surname that is also a word, x = particle / hyphen / apostrophe, d = diacritics, t = a two-letter
  name part, or a group name (e.g. P1:igbo).
  ⟨PH⟩ phone (options after ":": m mobile, l landline, x with extension, i international)
  ⟨A⟩ address on one line, ⟨A:b⟩ as a block, ⟨A:u⟩ upper case;  ⟨DOB⟩ (options: child, baby, senior, iso,
  or a year range like 1934-1935);  ⟨CC⟩ ⟨IBAN⟩ ⟨SSN⟩ ⟨NHS⟩ ⟨IP⟩ ⟨IP6⟩ ⟨EM⟩ (e-mail of an unnamed person)
  ⟨K:name⟩ a secret;  ⟨!kind⟩ or ⟨!kind=a|b⟩ a decoy;  ⟨=a|b⟩ plain-text variation;  ⟨n:4⟩ plain digits.
"""
import argparse
import base64
import collections
import datetime
import gzip
import hashlib
import io
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 60606
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh6.jsonl.gz")
N_CAT = {"per": 550, "pub": 350, "sec": 100}
MAX_CHARS = 450

PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def wpick(r, pairs):
    """Weighted choice from a list of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------------------
# Name pools, hand-written for this set. Tokens are separated by spaces; "_" stands for a space inside one
# name ("van_der_Merwe"); a trailing "/m" or "/f" pairs gendered surnames with given names (bin / binti,
# -ski / -ska, Singh / Kaur).
# ----------------------------------------------------------------------------------------------------------
GROUPS = {
    "english": (
        "Oliver Harriet Toby Imogen Jake Abigail Freddie Lucy Alfie Eleanor Reuben Phoebe Archie Megan Dominic "
        "Charlotte Stanley Jessica Theo Rebecca Joshua Gemma Nathan Kirsty Darren Leanne Wayne Tracey Clive "
        "Maureen Nigel Beverley Keith Janice Jo Ed Al Zoë",
        "Whitworth Pemberton Ashdown Hargreaves Fairbairn Thornton Cartwright Redfern Bramley Ellison Holroyd "
        "Stubbs Marchant Pickering Outram Lockwood Sedgwick Tattersall Beddows Nuttall Lindley Crowther Hollis "
        "Bagshaw Ibbotson Ashworth-Kay Lloyd-Pryce Fenwick"),
    "american": (
        "Tyler Brittany Cody Kayla Brandon Ashley Austin Kaitlyn Garrett Mackenzie Dakota Logan Savannah Bryce "
        "Lindsey Travis Courtney Dustin Shelby Colton Paige Derek Whitney Kyle Jenna Trent Kelsey Ty Bo Renée",
        "Holloway Brennan Schaefer Lundgren Whitaker Novak Yoder Brubaker Haskins Pruitt Dunleavy Gustafson "
        "Ostrowski McCrory Vanderpool Albright Stratton Kincaid Castellano Rinehart Moeller Tillman Beauregard "
        "Fitzgerald Ruiz-Whitman"),
    "african_american": (
        "DeShawn Keisha Jamal Tamika Darnell Aaliyah Marquis Imani Terrence Latoya Tyrone Ebony Jalen Shanice "
        "Dwayne Monique Andre Tiana Malik Janelle Kendrick Nia Rashad Ayanna",
        "Washington Jefferson Robinson Coleman Bryant Jenkins Mitchell Gaines Whitfield Toussaint Pettiford "
        "Dorsey Boykins McKnight Overton Freeman Glover Sims Tolliver Pryor Battle"),
    "irish": (
        "Aoife Niamh Oisín Saoirse Cian Róisín Pádraig Clodagh Darragh Eoin Gráinne Tadhg Orla Fiachra Caoimhe "
        "Colm Aisling Dónal Méabh Ruairí Eimear Senan Deirdre Seán",
        "Mac_Cárthaigh Ní_Mhurchú Ó_Conaill O'Sullivan O'Rourke McGrath Fitzpatrick Lynch Breathnach Moloney "
        "Kinsella Doherty Gallagher Ó_Gráda Quinlan Brosnan Cullinane Tierney Mulcahy Nic_Aodha Heffernan "
        "Coughlan O'Hagan"),
    "scottish": (
        "Ewan Isla Fraser Morag Lachlan Kirsteen Hamish Eilidh Alasdair Mhairi Calum Catriona Struan Ailsa "
        "Angus Finlay Seonaid Gregor Rhona",
        "MacKinnon McAllister Sutherland Drummond Buchanan Lamont Grieve Mackintosh Urquhart Cruickshank MacRae "
        "Baird Dalgleish Ferguson Kerr Munro Paterson Gilchrist Sinclair"),
    "welsh": (
        "Rhys Cerys Dafydd Seren Iwan Ffion Gethin Emyr Angharad Owain Bethan Huw Manon Gruffydd Eleri Aled "
        "Carys Steffan Lowri",
        "Pritchard Vaughan Llewellyn Prosser Bowen Griffiths Pugh Howells Lloyd Powell Rees Probert Gittins "
        "Meredith Parry Protheroe Beynon"),
    "quebec": (
        "Mathieu Geneviève Étienne Chantal Maxime Véronique Jean-François Marie-Ève Olivier Josée Mélanie "
        "Sébastien Nathalie Karine Félix Gabrielle",
        "Tremblay Gagnon Bouchard Côté Lévesque Pelletier Bélanger Thibodeau Ouellet Lapointe Fortin Bergeron "
        "Boucher Caron Poirier Arsenault St-Pierre"),
    "north_indian": (
        "Aarav Ishita Rohan Ananya Vikram Arjun Pooja Kunal Neha Siddharth Riya Aditya Shruti Manish Kavya "
        "Nikhil Tanvi Rahul Sakshi Varun Deepika Amit Preeti Gaurav Swati",
        "Sharma Verma Gupta Agarwal Srivastava Mehta Kapoor Malhotra Saxena Tiwari Chaturvedi Bhatia Khanna "
        "Mishra Pandey Bansal Chopra Trivedi Rastogi"),
    "south_indian": (
        "Karthik Lakshmi Srinivas Divya Venkatesh Sowmya Harish Priyanka Suresh Anusha Ravi Keerthana Pradeep "
        "Bhavana Ganesh Revathi Arvind Nandini Vignesh Sangeetha Anil Meera",
        "Iyer Subramanian Krishnamurthy Reddy Nair Menon Pillai Raghavan Venkataraman Rao Naidu Shetty Hegde "
        "Gowda Balasubramanian Chandrasekhar Ramaswamy Kurian Varghese Ramachandran D'Souza D'Costa"),
    "punjabi": (
        "Harpreet Gurpreet Jaspreet Manjit Simran Navdeep Amrit Rajvir Baljit Harjot Kiranjit Parminder "
        "Jasleen Sukhwinder Tejinder Gurleen Inderjit Ravinder",
        "Sandhu Gill Dhillon Sidhu Grewal Brar Bains Sekhon Bajwa Randhawa Johal Chahal Atwal Mann Toor Sahota"),
    "gujarati_marathi": (
        "Hetal Chirag Falguni Jignesh Krupa Nilesh Bhavesh Dhara Ketan Mitali Parth Rupal Sanket Urvashi Yash "
        "Aniket Madhuri Tejas",
        "Patel Shah Desai Parekh Thakkar Bhatt Panchal Chauhan Patil Deshpande Joshi Gokhale Jadhav Kale Sawant "
        "Pawar Dave"),
    "pakistani": (
        "Ayesha Bilal Hira Usman Sana Faisal Mehwish Hamza Zainab Imran Fatima Kashif Rabia Adnan Sidra Waqas "
        "Nadia Asad Maryam Junaid Iqra Tariq Samina Zeeshan",
        "Qureshi Malik Chaudhry Butt Raza Mirza Siddiqui Hussain Iqbal Javed Shaikh Abbasi Rana Akhtar Bhatti "
        "Rehman Anwar Awan Zaidi"),
    "bangladeshi": (
        "Tahmina Rafiq Nusrat Shahriar Farhana Arif Sumaiya Mahbub Tasnim Rakib Jannatul Sabbir Shirin Towhid "
        "Moushumi Anisur Lamia Ehsan",
        "Rahman Hossain Islam Chowdhury Ahmed Uddin Miah Alam Karim Sarkar Talukder Bhuiyan Mollah Haque Das Roy"),
    "sri_lankan": (
        "Dilshan Nadeeka Chaminda Sanduni Tharindu Ishara Kasun Dilani Ruwan Hasini Lahiru Thilini Nuwan "
        "Kavindi Pavithra Tharaka",
        "Perera Fernando de_Silva Jayawardena Wickramasinghe Bandara Gunawardena Dissanayake Wijesinghe "
        "Senanayake Herath Ratnayake Kumarasinghe Peiris Amarasinghe"),
    "nepali": (
        "Sushil Anjali Bishal Sarita Prakash Srijana Dipesh Asmita Roshan Sabina Bikash Pramila",
        "Shrestha Gurung Thapa Tamang Rai Adhikari Magar Bhattarai Karki KC Pun Limbu"),
    "chinese": (
        "Wei Jing Hao Xiaoling Zhiwei Yan Jun Tao Lei Xin Yutong Zihan Haoran Yiming Shu Ting Jianguo Qian "
        "Ruoxi Yu Bo",
        "Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Zheng Xie Tang "
        "Feng Cao Deng Xiao Li"),
    "cantonese": (
        "Ka_Wai Wing_Yan Chi_Keung Siu_Ling Man_Kit Hoi_Yan Kwok_Wah Pui_Shan Kelvin Winnie Ivan Alvin Joanne "
        "Dickson Terence Desmond Wei_Ling Jia_Hui Zhi_Hao Hui_Min",
        "Chan Wong Cheung Lau Leung Ng Ho Tsang Yip Kwok Fung Lam Tse Mak Chow Lo Chiu Au-Yeung Yeung Tan Lim "
        "Goh Teo Ong Koh Chua Toh Seah"),
    "malay": (
        "Muhammad_Faiz/m Hafiz/m Firdaus/m Syafiq/m Danial/m Irfan/m Khairul/m Azlan/m Nurul/f Siti/f "
        "Aisyah/f Nur_Aqilah/f Farah/f Amirah/f Sharifah/f Liyana/f",
        "bin_Rahmat/m bin_Kamarudin/m bin_Hashim/m bin_Mohd_Noor/m bin_Jaafar/m bin_Latiff/m binti_Osman/f "
        "binti_Zulkifli/f binti_Salleh/f binti_Abdul_Rahman/f binti_Hamzah/f binti_Mokhtar/f"),
    "filipino": (
        "Jerome Kristine Mark_Anthony Rowena Jose_Paolo Marivic Rommel Jocelyn Bong Princess Arnel Jayson "
        "Maricel Ronaldo Analyn Emmanuel Rhea Dindo Cherry_Mae Ramon",
        "Santos Reyes Bautista Villanueva Mendoza Macaraeg Dimaculangan Manalo Pangilinan Soriano Tolentino "
        "Ocampo Lacson de_los_Santos Garcia Quizon Magbanua Panganiban Dizon Sarmiento Evangelista dela_Peña"),
    "vietnamese": (
        "Minh Lan Tuấn Hương Hùng Ngọc Phương Quang Trang Dũng Linh Khoa Hạnh Bảo Vy Duy Huyền Kim",
        "Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nguyen Tran Pham"),
    "korean": (
        "Ji-woo Seo-yeon Min-seo Do-hyun Ha-eun Ye-jin Jae-won Soo-ah Hyun-woo Ji-ho Eun-ji Tae-yang Yoon-ah "
        "Sung-min Da-eun Joon-ho",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Baek "
        "Nam"),
    "japanese": (
        "Haruto Yui Sota Aoi Ren Hina Kaito Mio Yuto Sakura Takumi Rin Kenji Emi Daisuke Naoko Hiroshi Ayaka "
        "Shun Misaki",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
        "Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto Ishikawa Ogawa"),
    "yoruba": (
        "Oluwaseun Temitope Adebayo Folake Olumide Yetunde Babatunde Funmilayo Ayodele Bukola Kehinde Taiwo "
        "Damilola Morenike Segun Titilayo Gbenga Abimbola Tolu Ifeoluwa Femi",
        "Adeyemi Ogunleye Balogun Adebisi Olaniyan Oyelaran Akinwale Ogundipe Adeleke Afolabi Oyebanji Ojo "
        "Ilori Babalola Alabi Oladipo Odunsi Ademola-Cole"),
    "igbo": (
        "Chinedu Ngozi Obinna Chiamaka Emeka Adaeze Ikenna Nneka Chukwuemeka Ifeoma Uchenna Amarachi Kelechi "
        "Chidinma Nnamdi Ebere Tochukwu Ogechi Chibuzor Onyinye",
        "Okafor Nwosu Eze Obi Okeke Nwachukwu Anyanwu Okoro Chukwu Ibe Onyekachi Uzor Ezeh Nnadi Agu Okoye "
        "Ugwu Nwankwo Igwe"),
    "hausa": (
        "Aminu Hauwa Abubakar Sani Hadiza Musa Aisha Ibrahim Halima Yusuf Amina Nasiru Rakiya Umar Safiya",
        "Bello Abdullahi Danjuma Garba Lawal Sule Yakubu Idris Usman Shehu Mohammed Dikko Gambo Tanko Aliyu"),
    "ghanaian": (
        "Kwame Akosua Kofi Abena Yaw Ama Kwabena Efua Kwaku Adwoa Kojo Afia Esi Kweku Akua Selorm Dzifa Edem "
        "Mawuli",
        "Boateng Asante Owusu Osei Appiah Agyeman Ofori Darko Amoah Acheampong Frimpong Boakye Quaye Tetteh "
        "Agbeko Kpodo Addo"),
    "kenyan": (
        "Wanjiru Kamau Akinyi Otieno Njeri Kiprop Chebet Mwangi Atieno Wambui Omondi Nyambura Baraka Achieng "
        "Mutua Wairimu Jelagat Kibet Zawadi Fatuma Juma",
        "Kariuki Odhiambo Wafula Njoroge Ochieng Kiplagat Mutiso Gitau Onyango Wekesa Kimani Nyaga Rotich "
        "Muthoni Oduya Kilonzo Macharia Barasa Korir Waweru"),
    "south_african": (
        "Thandiwe Sipho Nomvula Bongani Lerato Thabo Zanele Mandla Palesa Lungile Kagiso Nokuthula Sibusiso "
        "Refilwe Tshepo Ayanda Lwazi Dineo Themba Naledi",
        "Dlamini Nkosi Mokoena Ndlovu Khumalo Mthembu Sithole Molefe Mahlangu Mabaso Ntuli Zungu Mkhize Radebe "
        "Motaung Maseko Shabalala Mazibuko Tshabalala"),
    "afrikaans": (
        "Pieter Annelie Johan Marelize Francois Liezl Hendrik Riana Gerhard Elmarie Wynand Chantelle Christo "
        "Sunette Jaco Karlien Ruan Elsabé Deon Mariska",
        "van_der_Merwe du_Plessis Botha Pretorius le_Roux Steyn Venter Coetzee Nel Swanepoel Joubert van_Wyk "
        "Kruger Fourie Viljoen du_Toit Oosthuizen van_Niekerk Bezuidenhout Terblanche"),
    "somali": (
        "Abdirahman Hodan Mahad Ifrah Liban Sagal Abdiweli Nimco Hamdi Ayaan Fadumo Guled",
        "Warsame Jama Hassan Abdi Osman Egal Nur Aden Farah Hirsi Dirie"),
    "ethiopian": (
        "Abebe Tigist Dawit Meron Yonas Selamawit Bereket Hiwot Eyerusalem Samrawit Kidus Mekdes",
        "Tadesse Bekele Gebremedhin Alemu Wolde Kebede Tesfaye Girma Desta Assefa Mengesha"),
    "arabic": (
        "Omar Layla Karim Rania Tarek Dina Khalid Noor Sami Hala Fadi Yasmin Majid Lina Rami Reem Ziad Nadine "
        "Salma",
        "Haddad Khoury Nasser Saleh Hamdan Mansour Aziz Darwish al-Masri el-Amin Sabbagh Barakat Abu-Zeid Issa "
        "Habib Jaber Qasim al-Rashid Ghanem Abboud"),
    "maghreb_egypt": (
        "Mostafa Heba Amr Nourhan Youssef Mariam Yasmine Mehdi Samira Rachid Imane Hicham Soukaina Nabil Aya "
        "Driss",
        "El-Sayed Abdel-Fattah Farouk Shawky Ghoneim Benali Bouazza El_Idrissi Haddou Benjelloun Boukhari Tazi "
        "Mebarki Cherif Belkacem Zerrouki"),
    "west_african_fr": (
        "Moussa Aminata Cheikh Fatou Ousmane Awa Mamadou Mariama Ibrahima Aïssatou Souleymane Khady",
        "Diallo Ndiaye Diop Traoré Sow Koné Camara Sylla Cissé Fofana Keïta Baldé Gueye N'Diaye Touré"),
    "persian": (
        "Arash Shirin Dariush Niloufar Kaveh Parisa Babak Roya Farhad Golnaz Behrouz Mahsa Navid Omid Setareh "
        "Yasaman",
        "Tehrani Mohammadi Rezaei Hosseini Karimi Ahmadi Jafari Sadeghi Bagheri Ghorbani Moradi Esfahani "
        "Shirazi Farahani Kazemi Najafi"),
    "turkish": (
        "Emre Elif Burak Zeynep Mert Ayşe Oğuz Gizem Can Büşra Kaan Ebru Serkan Deniz Volkan Cansu Onur Özlem "
        "Hakan İrem Tolga Merve Ömer Sevgi",
        "Yıldız Kaya Demir Çelik Arslan Doğan Kılıç Aydın Öztürk Erdem Koç Kurt Özdemir Aksoy Polat Güler "
        "Korkmaz Şimşek Uçar Tekin Bayram Karaca"),
    "german": (
        "Jürgen Katrin Lukas Annika Tobias Sabine Florian Stefanie Matthias Jana Moritz Carina Dieter Ute "
        "Henrik Franziska Sven Birgit Felix Lena Jonas Miriam Hans-Peter Anne-Kathrin",
        "Müller Schneider Weber Becker Hoffmann Schäfer Koch Richter Schröder Neumann Schwarz Zimmermann Braun "
        "Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler Böhm Vogel Friedrich Weiß von_Arnim Graf "
        "Oberländer"),
    "french": (
        "Camille Théo Manon Hugo Léa Antoine Chloé Maxence Élodie Bastien Inès Quentin Margaux Loïc Océane "
        "Romain Gaëlle Thibault Anaïs Baptiste Solène Aurélien Marie-Claire Jean-Luc",
        "Martin Bernard Dubois Moreau Laurent Lefèvre Mercier Girard Fontaine Rousseau Chevalier Garnier Faure "
        "Lambert Bonnet Perrin Morel Roussel Leclerc Delacroix Le_Goff de_Villiers Gauthier"),
    "spanish": (
        "Alejandro Lucía Javier Marta Sergio Nerea Pablo Begoña Álvaro Raúl Ainhoa Jorge Rocío Andrés "
        "Elena Gonzalo Pilar Mikel Montserrat Jordi",
        "García Fernández López Martínez Sánchez Pérez Gómez Jiménez Moreno Muñoz Álvarez Romero Navarro "
        "Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina Ortega Castro Iglesias Núñez Peña Aguirre "
        "Puig"),
    "mexican": (
        "Guadalupe José_Luis María_Fernanda Juan_Carlos Ximena Diego Valeria Luis_Ángel Itzel Emiliano Daniela "
        "Ricardo Paola Santiago Yesenia Óscar",
        "Hernández Ramírez Flores Cruz Morales Gutiérrez Ortiz Chávez Vargas Castillo Rojas Salazar Aguilar "
        "Medina de_León Villarreal Zavala Cárdenas"),
    "portuguese": (
        "João Inês_ Tiago Beatriz Rui Sofia Gonçalo Mariana Duarte Leonor Nuno Catarina Filipe Matilde Vasco "
        "Rita Diogo Joana",
        "Silva Santos_ Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
        "Marques Alves Ribeiro Pinto Carvalho Teixeira Moreira Simões Conceição da_Cunha dos_Reis"),
    "brazilian": (
        "Thiago Larissa Gustavo Camila Rafael Juliana Matheus Fernanda Leandro Aline Vinícius Bruna Rodrigo "
        "Tatiane Felipe Letícia Caio Renata Luan Débora",
        "da_Silva dos_Santos Souza Lima Araújo Barbosa Rocha Cardoso Nascimento Mendes Freitas Monteiro Vieira "
        "Batista Moura Cavalcanti Albuquerque de_Oliveira Azevedo Peixoto"),
    "italian": (
        "Giulia Marco Chiara Alessandro Francesca Matteo Federica Lorenzo Valentina Davide Martina Simone Elisa "
        "Gabriele Sara Andrea Beatrice Niccolò Ilaria Tommaso",
        "Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini "
        "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Caruso Dell'Orto Lo_Presti Di_Stefano "
        "La_Rosa"),
    "dutch": (
        "Daan Sanne Joris Femke Bram Lotte Thijs Anouk Jeroen Marloes Sjoerd Ilse Wouter Noor_ Maarten Eva "
        "Pieter-Jan Lieke Koen Fenna Stijn Wietske",
        "de_Vries Jansen van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Hendriks "
        "van_Leeuwen Dekker Brouwer de_Wit Smits van_der_Heijden Kuipers Willems Claes Peeters Vermeulen "
        "Goossens Verhoeven ter_Horst van_'t_Hof"),
    "polish": (
        "Katarzyna/f Tomasz/m Agnieszka/f Paweł/m Magdalena/f Michał/m Joanna/f Krzysztof/m Małgorzata/f "
        "Piotr/m Aleksandra/f Marcin/m Dorota/f Wojciech/m Ewa/f Grzegorz/m Zofia/f Bartosz/m Justyna/f "
        "Jakub/m",
        "Kowalski/m Kowalska/f Nowak Wójcik Kamiński/m Kamińska/f Lewandowski/m Lewandowska/f Zieliński/m "
        "Zielińska/f Szymański/m Szymańska/f Woźniak Kozłowski/m Kozłowska/f Mazur Krawczyk Kaczmarek "
        "Grabowski/m Grabowska/f Pawlak Michalski/m Michalska/f Wróbel Jabłoński/m Jabłońska/f Sikora"),
    "romanian": (
        "Andrei Ioana Mihai Elena_ Bogdan Alexandra Cristian Roxana Florin Diana Adrian Mădălina Ionuț Andreea "
        "Ștefan Raluca",
        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Rusu Munteanu Constantin Marin Ciobanu Lungu "
        "Dinu Iordache Vasilescu"),
    "ukrainian": (
        "Oleksandr/m Olena/f Dmytro/m Iryna/f Andriy/m Nataliya/f Serhiy/m Yulia/f Mykola/m Svitlana/f "
        "Anastasia/f Maksym/m Tetiana/f Bohdan/m Kateryna/f Artem/m",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliynyk Lysenko Savchuk Koval "
        "Marchenko Hrytsenko Petrenko Ivanova/f Volkova/f Sokolova/f Kuznetsov/m Morozov/m"),
    "greek": (
        "Giorgos/m Eleni/f Dimitris/m Katerina/f Nikos/m Kostas/m Yannis/m Despina/f Panagiotis/m Athina/f "
        "Christos/m Vasiliki/f Stavros/m Eirini/f",
        "Papadopoulos/m Papadopoulou/f Georgiou Nikolaidis/m Nikolaidou/f Konstantinou Pappas/m Karagiannis/m "
        "Vlachou/f Antoniou Christodoulou Oikonomou Stavrou Dimitriou Ioannou Kyriakou Alexiou"),
    "israeli": (
        "Noa Eitan Tamar Yoni Shira Avi Maya Oren Yael Talia Ariel Nir Hadas Gilad",
        "Cohen Levi Mizrahi Peretz Friedman Katz Goldberg Shapiro Rosenberg Avraham Ben-Ami Weiss Klein Adler "
        "Segal Azoulay Dahan"),
    "caribbean": (
        "Shanelle Devon Tishana Omari Kerry-Ann Marlon Shereen Delroy Tamoya Leon Sashoy Jermaine Tameka "
        "Winston Pauline Everton",
        "Campbell Thompson Gordon McKenzie Francis Henry Bailey Williams Reid Clarke Wright Spence Gayle "
        "Morrison Lindo Samuels Bromfield Facey Dacres Ebanks"),
    "maori_pacific": (
        "Aroha Tāne Mere Wiremu Anahera Hemi Kiri Rangi Ngaio Tama Moana Manaia Hine Rawiri Sione Losa Tavita "
        "Mele Iosefa Viliami",
        "Ngata Parata Tamihana Te_Whata Rangihau Paewai Tawhai Herewini Hohaia Karaka Tuilagi Leota Faleolo "
        "Sapolu Aumua Taufa Fifita Havili Vake"),
    "indonesian": (
        "Budi Dewi Agus Sri Rizky Putri Eko Ayu Bayu Ratna Hendra Indah Fajar Wulan Andi Yoga Dimas Intan",
        "Santoso Wijaya Susanto Hidayat Kusuma Pratama Saputra Nugroho Setiawan Wibowo Halim Gunawan Purnomo "
        "Lestari Siregar Nasution Simanjuntak Harahap Sembiring"),
}
# trailing "_" marks a token kept distinct from the same spelling in another group (stripped on parse)

# given names and surnames that are also ordinary English words (used where they plainly name a person)
WORD_GIVEN = ("Ginger Cherry Misty River Sage Heath Dusty Lance Ray Pat Max Harmony Melody Mercy Patience Earnest "
              "Sonny Wade Rod Chip Art Guy Kitty Daisy Poppy Ruby Jade Olive Willow Heather Fern Storm Reed Dale "
              "Cliff Chance Sue Nick Dot Wren Mason Sterling June April May Bob Bud").split()
WORD_GIVEN_AFRICA = "Blessing Goodluck Precious Gift Favour Peace Godspower Charity Comfort Prosper Victory Wisdom Treasure".split()
WORD_SURNAME = ("Frost Cross Moss Lamb Fox Crane Drake Swan Sparrow Salt Butcher Carpenter Weaver Turner Miller Glass "
                "Gold Pike Knight Lord Noble Pope Dean Banks Rivers Ford Bridges Castle Wall Summers Winter Snow Rice "
                "Bush Hart Sands Parsons Chambers").split()
ANGLO = ["english", "american", "african_american", "caribbean", "irish", "scottish", "welsh"]
PARTICLES = {"van", "der", "den", "de", "la", "los", "del", "da", "dos", "di", "du", "le", "von", "bin", "binti",
             "al", "el", "ó", "ní", "nic", "mac", "te", "ter", "'t", "lo", "dela", "mohd", "abdul"}


def parse_names(s):
    out = []
    for tok in s.split():
        g = None
        if tok.endswith("/m") or tok.endswith("/f"):
            tok, g = tok[:-2], tok[-1]
        tok = tok.rstrip("_").replace("_", " ")
        out.append((tok, g))
    return out


POOLS = {k: (parse_names(a), parse_names(b)) for k, (a, b) in GROUPS.items()}
ALL_GROUPS = list(GROUPS)

LOCALE_MIX = {
    "us": [("american", 30), ("african_american", 13), ("mexican", 12), ("north_indian", 5), ("south_indian", 4),
           ("chinese", 4), ("korean", 3), ("vietnamese", 3), ("filipino", 4), ("israeli", 3), ("italian", 3),
           ("polish", 2), ("german", 2), ("arabic", 2), ("caribbean", 2), ("igbo", 2), ("yoruba", 1), ("persian", 1),
           ("japanese", 1), ("ethiopian", 1), ("somali", 1), ("ukrainian", 1), ("gujarati_marathi", 2), ("irish", 2),
           ("english", 2)],
    "uk": [("english", 34), ("scottish", 5), ("welsh", 4), ("irish", 4), ("north_indian", 4), ("punjabi", 5),
           ("gujarati_marathi", 4), ("pakistani", 7), ("bangladeshi", 3), ("caribbean", 4), ("yoruba", 3), ("igbo", 3),
           ("ghanaian", 2), ("polish", 4), ("romanian", 2), ("chinese", 2), ("cantonese", 2), ("somali", 2),
           ("arabic", 1), ("turkish", 1), ("italian", 1), ("portuguese", 1), ("sri_lankan", 1), ("nepali", 1),
           ("greek", 1), ("french", 1)],
    "ca": [("american", 10), ("english", 8), ("quebec", 14), ("scottish", 3), ("irish", 3), ("chinese", 6),
           ("cantonese", 5), ("punjabi", 7), ("south_indian", 3), ("north_indian", 3), ("filipino", 5), ("korean", 2),
           ("vietnamese", 2), ("arabic", 2), ("persian", 2), ("caribbean", 2), ("italian", 2), ("portuguese", 2),
           ("ukrainian", 3), ("somali", 1), ("ethiopian", 1), ("pakistani", 2)],
    "au": [("english", 32), ("irish", 3), ("scottish", 3), ("italian", 4), ("greek", 4), ("chinese", 6),
           ("cantonese", 3), ("vietnamese", 4), ("north_indian", 5), ("punjabi", 3), ("south_indian", 2),
           ("filipino", 3), ("korean", 2), ("arabic", 3), ("maori_pacific", 3), ("sri_lankan", 2), ("nepali", 2),
           ("afrikaans", 1), ("turkish", 1), ("dutch", 1), ("german", 1), ("japanese", 1)],
    "nz": [("english", 35), ("maori_pacific", 25), ("chinese", 5), ("north_indian", 5), ("filipino", 3),
           ("korean", 2), ("dutch", 2), ("afrikaans", 2), ("scottish", 4), ("irish", 3)],
    "ie": [("irish", 60), ("english", 8), ("polish", 8), ("romanian", 3), ("north_indian", 3), ("south_indian", 2),
           ("filipino", 2), ("yoruba", 2), ("igbo", 2), ("brazilian", 3), ("chinese", 2), ("pakistani", 1),
           ("spanish", 1), ("italian", 1), ("french", 1), ("ukrainian", 2)],
    "in": [("north_indian", 36), ("south_indian", 30), ("gujarati_marathi", 12), ("punjabi", 8), ("bangladeshi", 3),
           ("pakistani", 5), ("nepali", 2), ("english", 1)],
    "ng": [("yoruba", 40), ("igbo", 35), ("hausa", 20), ("ghanaian", 2), ("english", 1), ("arabic", 1)],
    "za": [("south_african", 40), ("afrikaans", 25), ("english", 12), ("south_indian", 4), ("gujarati_marathi", 4),
           ("north_indian", 2), ("portuguese", 2), ("israeli", 2), ("igbo", 2), ("yoruba", 1), ("kenyan", 1),
           ("chinese", 1)],
    "sg": [("cantonese", 45), ("malay", 20), ("south_indian", 15), ("north_indian", 4), ("filipino", 5),
           ("chinese", 4), ("english", 3), ("indonesian", 2), ("korean", 1), ("japanese", 1)],
    "ph": [("filipino", 80), ("chinese", 5), ("cantonese", 3), ("spanish", 3), ("american", 3), ("korean", 3),
           ("japanese", 2), ("south_indian", 1)],
    "ke": [("kenyan", 70), ("somali", 6), ("south_indian", 4), ("gujarati_marathi", 5), ("ethiopian", 3),
           ("english", 3), ("arabic", 2), ("igbo", 2), ("yoruba", 2), ("ghanaian", 1), ("chinese", 2)],
    "de": [("german", 70), ("turkish", 10), ("polish", 4), ("italian", 3), ("greek", 2), ("arabic", 3),
           ("ukrainian", 3), ("romanian", 2), ("persian", 1), ("vietnamese", 1)],
    "fr": [("french", 72), ("maghreb_egypt", 12), ("west_african_fr", 5), ("portuguese", 4), ("spanish", 2),
           ("italian", 2), ("vietnamese", 2), ("turkish", 1)],
    "es": [("spanish", 80), ("mexican", 8), ("maghreb_egypt", 4), ("romanian", 3), ("italian", 1), ("chinese", 1),
           ("french", 1)],
    "mx": [("mexican", 90), ("spanish", 7), ("american", 3)],
    "it": [("italian", 85), ("romanian", 4), ("maghreb_egypt", 3), ("chinese", 2), ("filipino", 1), ("ukrainian", 2),
           ("spanish", 1), ("french", 1)],
    "nl": [("dutch", 75), ("turkish", 8), ("maghreb_egypt", 7), ("caribbean", 3), ("indonesian", 2), ("polish", 2),
           ("german", 2)],
    "pt": [("portuguese", 85), ("brazilian", 8), ("ukrainian", 2), ("romanian", 2), ("south_indian", 1),
           ("chinese", 1)],
    "br": [("brazilian", 85), ("portuguese", 4), ("italian", 3), ("japanese", 3), ("german", 2), ("arabic", 2),
           ("korean", 1)],
    "pl": [("polish", 92), ("ukrainian", 6), ("german", 1), ("vietnamese", 1)],
    "tr": [("turkish", 92), ("arabic", 3), ("persian", 2), ("german", 1), ("ukrainian", 2)],
    "id": [("indonesian", 85), ("cantonese", 4), ("malay", 6), ("arabic", 2), ("south_indian", 1), ("dutch", 2)],
}
LOCALE_MIX["ca_fr"] = [("quebec", 80), ("french", 6), ("maghreb_egypt", 5), ("caribbean", 3), ("arabic", 3),
                       ("vietnamese", 3)]

SURNAME_FIRST = {"chinese": 0.35, "korean": 0.3, "japanese": 0.2, "vietnamese": 0.5, "cantonese": 0.15}
TWO_SURNAMES = {"spanish": 0.35, "mexican": 0.4, "portuguese": 0.3, "brazilian": 0.3}
VN_MIDDLE = ["Thị", "Văn", "Minh", "Thanh", "Quốc", "Gia"]


def fold(s):
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i"),
                 ("æ", "ae"), ("œ", "oe"), ("ș", "s"), ("ț", "t"), ("Ș", "S"), ("Ț", "T")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, given, surname, group, sf=False, mid=None):
        self.given, self.surname, self.group, self.sf, self.mid = given, surname, group, sf, mid
        self.email = None
        self.work_email = None

    def full(self):
        if self.sf:
            return self.surname + " " + (self.mid + " " if self.mid else "") + self.given
        return self.given + (" " + self.mid if self.mid else "") + " " + self.surname

    def tokens(self):
        ws = re.split(r"[ \-]", (self.given + " " + self.surname).lower())
        return {w for w in ws if w and w not in PARTICLES}


def is_x(name):
    return (" " in name and any(t.lower() in PARTICLES for t in name.split())) or "-" in name or "'" in name


def is_d(name):
    return any(ord(c) > 127 for c in name)


def has_two(p):
    return any(len(t) == 2 and t.lower() not in PARTICLES for t in (p.given + " " + p.surname).split())


def make_person(r, loc, used, cons):
    mix = LOCALE_MIX[loc]
    group_c = [c for c in cons if c in GROUPS]
    for attempt in range(400):
        if group_c:
            g = group_c[0]
        elif r.random() < 0.8 or attempt > 300:
            g = wpick(r, mix)
        else:
            g = r.choice(ALL_GROUPS)
        givens, surnames = POOLS[g]
        if "d" in cons or "t" in cons:
            test = is_d if "d" in cons else (lambda n: any(len(t) == 2 for t in n.split()))
            dg = [x for x in givens if test(x[0])]
            ds = [x for x in surnames if test(x[0])]
            if not dg and not ds:
                continue
            if ds and (not dg or r.random() < 0.5):
                surnames = ds
            else:
                givens = dg
        if "x" in cons:
            cand_s = [s for s in surnames if is_x(s[0])]
            cand_g = [x for x in givens if is_x(x[0])]
            if not cand_s and not cand_g:
                continue
            if cand_s and (not cand_g or r.random() < 0.75):
                sn, sg = r.choice(cand_s)
                gl = [x for x in givens if sg is None or x[1] in (None, sg)]
                gn = r.choice(gl)[0]
            else:
                gn = r.choice(cand_g)[0]
                sn = r.choice([s for s in surnames if s[1] is None] or surnames)[0]
        else:
            gn, gg = r.choice(givens)
            sl = [s for s in surnames if s[1] is None or s[1] == gg] or surnames
            if gg is None:
                sl = [s for s in surnames if s[1] is None] or surnames
            sn = r.choice(sl)[0]
        if "w" in cons:
            if loc in ("ng", "ke", "za") or g in ("yoruba", "igbo", "hausa", "ghanaian", "kenyan", "south_african"):
                gn = r.choice(WORD_GIVEN_AFRICA)
            else:
                if g not in ANGLO:
                    g = r.choice([a for a in ANGLO if a in dict(mix)] or ANGLO)
                    sn = r.choice([s for s in POOLS[g][1] if s[1] is None])[0]
                gn = r.choice(WORD_GIVEN)
        elif g in ANGLO and r.random() < 0.07:
            gn = r.choice(WORD_GIVEN)
        if "ws" in cons:
            if g not in ANGLO:
                g = r.choice([a for a in ANGLO if a in dict(mix)] or ANGLO)
                gn = r.choice([x for x in POOLS[g][0] if x[1] is None])[0]
            sn = r.choice(WORD_SURNAME)
        elif g in ANGLO and "x" not in cons and r.random() < 0.05:
            sn = r.choice(WORD_SURNAME)
        if g in TWO_SURNAMES and "x" not in cons and r.random() < TWO_SURNAMES[g]:
            s2 = r.choice([s[0] for s in POOLS[g][1]])
            if s2 != sn:
                sn = sn + " " + s2
        sf = r.random() < SURNAME_FIRST.get(g, 0.0)
        mid = None
        if g == "vietnamese" and sf and r.random() < 0.5:
            mid = r.choice(VN_MIDDLE)
        elif g in ("american", "african_american") and r.random() < 0.1:
            mid = r.choice("ABCDEFGJKLMRST") + "."
        p = Person(gn, sn, g, sf, mid)
        if "d" in cons and not is_d(p.given + p.surname):
            continue
        if "t" in cons and not has_two(p):
            continue
        if mid and mid.lower() in {gn.lower(), sn.lower()}:
            continue
        if p.tokens() & used:
            continue
        used |= p.tokens()
        return p
    raise RuntimeError("could not make person %r %r" % (loc, cons))


# ----------------------------------------------------------------------------------------------------------
# Phones, in each locale's real layouts. Never: the 555 exchange, Ofcom drama ranges, the ACMA fictitious
# 0491 57x / 5550 / 7010 ranges, the ARCEP fiction ranges. (Those appear only as test_phone decoys.)
# ----------------------------------------------------------------------------------------------------------
def d(r, n):
    return rs(r, n, DIG)


def d1(r, n, first="23456789"):
    return r.choice(first) + d(r, n - 1)


NANP_AREAS = {"us": "212 718 312 773 415 510 617 713 832 206 404 503 512 602 720 305 646 919 614 412 615 801 704 "
                    "313 916 971 248 347 929 213".split(),
              "ca": "416 647 437 604 778 403 587 514 438 613 343 902 204 306 780 905 519".split()}


def nanp_line(r):
    while True:
        ex = d1(r, 3)
        if ex == "555" or ex[1:] == "11" or ex == "958" or ex == "959":
            continue
        return ex, d(r, 4)


def phone(r, loc, opt=""):
    kind = "m" if "m" in opt else ("l" if ("l" in opt or "x" in opt) else r.choice("ml"))
    intl = "i" in opt or (r.random() < 0.25 and "n" not in opt)
    ext = "x" in opt
    f = PHONE_FMT[loc]
    s = f(r, kind, intl)
    if ext:
        s += EXT_FMT.get(loc, lambda r: " ext. " + d1(r, r.choice([3, 4]), "1234567"))(r)
    return s


def ph_nanp(loc):
    def f(r, kind, intl):
        a = r.choice(NANP_AREAS[loc])
        ex, ln = nanp_line(r)
        if intl:
            return r.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1 %s-%s-%s"]) % (a, ex, ln)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "%s %s %s", "(%s) %s-%s"]) % (a, ex, ln)
    return f


def ph_uk(r, kind, intl):
    if kind == "m":
        while True:
            n = "7" + r.choice("12345789") + d(r, 8)
            if not n.startswith("7700900"):
                break
        if intl:
            return r.choice(["+44 %s %s", "+44 (0)%s %s", "+44 %s %s"]) % (n[:4], n[4:]) if r.random() < 0.7 else \
                "+44 %s %s %s" % (n[:4], n[4:7], n[7:])
        return r.choice(["0%s %s", "0%s %s", "0%s%s"]) % (n[:4], n[4:]) if r.random() < 0.75 else \
            "0%s %s %s" % (n[:4], n[4:7], n[7:])
    area, local = r.choice([("20", "378"), ("161", "2345789"), ("113", "2357"), ("121", "2345789"), ("131", "2345"),
                            ("141", "2345789"), ("117", "2359"), ("114", "2357"), ("115", "2789"), ("116", "2357"),
                            ("151", "2345789"), ("191", "2345"), ("29", "2"), ("28", "9"), ("1223", "2345678"),
                            ("1865", "2345789"), ("1603", "2345678"), ("1904", "2345678"), ("1392", "2345")])
    if len(area) == 2:
        while True:
            n = r.choice(local) + d(r, 7)
            if area == "20" and n.startswith("79460"):
                continue
            if area == "29" and n.startswith("20180"):
                continue
            if area == "28" and n.startswith("96496"):
                continue
            break
        loc_s = n[:4] + " " + n[4:]
    elif len(area) == 3:
        while True:
            n = r.choice(local) + d(r, 6)
            if n.startswith("4960") or n.startswith("4980"):
                continue
            break
        loc_s = n[:3] + " " + n[3:]
    else:
        loc_s = r.choice(local) + d(r, 5)
    if intl:
        return r.choice(["+44 %s %s", "+44 (0)%s %s"]) % (area, loc_s)
    return r.choice(["0%s %s", "(0%s) %s", "0%s %s"]) % (area, loc_s)


def ph_ie(r, kind, intl):
    if kind == "m":
        p, n = "8" + r.choice("35679"), d1(r, 7)
        if intl:
            return "+353 %s %s %s" % (p, n[:3], n[3:])
        return r.choice(["0%s %s %s", "(0%s) %s%s", "0%s%s%s", "0%s-%s %s"]) % (p, n[:3], n[3:])
    a = r.choice(["1", "21", "91", "61", "51", "56", "71", "90", "66"])
    n = d1(r, 7 if a == "1" else r.choice([6, 7]))
    if intl:
        return "+353 %s %s %s" % (a, n[:3], n[3:])
    return r.choice(["(0%s) %s %s", "0%s %s %s"]) % (a, n[:3], n[3:])


def ph_au(r, kind, intl):
    if kind == "m":
        while True:
            n = "4" + d(r, 8)
            if not n.startswith("4915"):
                break
        if intl:
            return "+61 %s %s %s" % (n[:3], n[3:6], n[6:])
        return r.choice(["0%s %s %s", "0%s %s %s", "0%s%s%s"]) % (n[:3], n[3:6], n[6:])
    a, first = r.choice([("2", "89"), ("3", "89"), ("7", "3"), ("8", "89")])
    while True:
        n = r.choice(first) + d(r, 7)
        if n[:4] not in ("5550", "7010"):
            break
    if intl:
        return "+61 %s %s %s" % (a, n[:4], n[4:])
    return r.choice(["(0%s) %s %s", "0%s %s %s"]) % (a, n[:4], n[4:])


def ph_nz(r, kind, intl):
    if kind == "m":
        p, n = r.choice(["21", "22", "27", "29"]), d1(r, 7)
        return ("+64 %s %s %s" if intl else "0%s %s %s") % (p, n[:3], n[3:])
    a, n = r.choice(["9", "4", "3", "7", "6"]), d1(r, 7)
    return ("+64 %s %s %s" if intl else "(0%s) %s %s") % (a, n[:3], n[3:])


def ph_in(r, kind, intl):
    if kind == "m":
        n = r.choice("6789") + d(r, 9)
        if intl:
            return r.choice(["+91 %s %s", "+91-%s%s", "+91 %s%s"]) % (n[:5], n[5:])
        return r.choice(["%s %s", "0%s%s", "%s-%s", "%s%s", "0 %s %s"]) % (n[:5], n[5:])
    a = r.choice(["22", "80", "11", "44", "40", "33", "20", "79"])
    n = r.choice("2346") + d(r, 7)
    if intl:
        return "+91 %s %s %s" % (a, n[:4], n[4:])
    return r.choice(["0%s-%s %s", "0%s %s %s", "0%s-%s%s"]) % (a, n[:4], n[4:])


NG_PREFIX = "803 806 813 816 810 814 903 906 805 807 815 811 905 802 808 812 701 902 901 907 809 817 818 909 908".split()


def ph_ng(r, kind, intl):
    p, n = r.choice(NG_PREFIX), d(r, 7)
    if intl:
        return r.choice(["+234 %s %s %s", "+234 (0)%s %s %s", "+234%s%s%s"]) % (p, n[:3], n[3:])
    return r.choice(["0%s %s %s", "0%s%s%s", "0%s-%s-%s"]) % (p, n[:3], n[3:])


def ph_za(r, kind, intl):
    if kind == "m":
        p = r.choice(["82", "83", "84", "72", "73", "74", "76", "78", "79", "60", "61", "71", "81"])
    else:
        p = r.choice(["11", "21", "31", "12", "41", "51"])
    n = d1(r, 7)
    if intl:
        return r.choice(["+27 %s %s %s", "+27 (0)%s %s %s"]) % (p, n[:3], n[3:])
    return r.choice(["0%s %s %s", "(0%s) %s %s", "0%s%s%s"]) % (p, n[:3], n[3:])


def ph_sg(r, kind, intl):
    n = (r.choice("89") if kind == "m" else "6") + d(r, 7)
    return (r.choice(["+65 %s %s", "+65 %s%s"]) if intl else "%s %s") % (n[:4], n[4:])


PH_MOB = "917 918 919 920 921 927 928 929 939 945 947 949 955 956 966 975 977 995 998".split()


def ph_ph(r, kind, intl):
    if kind == "m":
        p, n = r.choice(PH_MOB), d(r, 7)
        if intl:
            return "+63 %s %s %s" % (p, n[:3], n[3:])
        return r.choice(["0%s %s %s", "0%s-%s-%s", "0%s%s%s"]) % (p, n[:3], n[3:])
    if r.random() < 0.7:
        n = "8" + d(r, 7)
        return ("+63 2 %s %s" if intl else "(02) %s %s") % (n[:4], n[4:])
    a, n = r.choice(["32", "82", "33"]), d1(r, 7)
    return ("+63 %s %s %s" if intl else "(0%s) %s %s") % (a, n[:3], n[3:])


def ph_ke(r, kind, intl):
    p = r.choice(["722", "721", "712", "710", "733", "734", "740", "746", "757", "768", "790", "797", "110", "111"])
    n = d(r, 6)
    if intl:
        return r.choice(["+254 %s %s %s", "+254 (0)%s %s %s", "+254%s%s%s"]) % (p, n[:3], n[3:])
    return r.choice(["0%s %s %s", "0%s%s%s"]) % (p, n[:3], n[3:])


def ph_de(r, kind, intl):
    if kind == "m":
        p = r.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                      "176", "177", "178", "179"])
        n = d1(r, r.choice([7, 8]))
        if intl:
            return r.choice(["+49 %s %s", "+49 (0)%s %s", "+49 %s %s"]) % (p, n)
        return r.choice(["0%s %s", "0%s/%s", "0%s-%s", "0%s %s"]) % (p, n)
    a, ln = r.choice([("30", 8), ("89", 7), ("40", 7), ("221", 7), ("69", 8), ("711", 7), ("211", 7), ("341", 7),
                      ("351", 7), ("511", 7), ("911", 7), ("761", 6), ("228", 6), ("6221", 6)])
    n = d1(r, ln)
    tail = ""
    if r.random() < 0.2:
        tail = "-" + r.choice(["0", d1(r, 2, "123456789")])
    if intl:
        return r.choice(["+49 %s %s", "+49 (0)%s %s"]) % (a, n) + tail
    if r.random() < 0.3 and len(n) == 8:
        n = n[:4] + " " + n[4:]
    return r.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (a, n) + tail


FR_FICTION = {("1", "99"), ("2", "61"), ("3", "53"), ("4", "65"), ("5", "36"), ("6", "39"), ("9", "87")}


def ph_fr(r, kind, intl):
    while True:
        a = r.choice("67") if kind == "m" else r.choice("12345")
        pairs = [d(r, 2) for _ in range(4)]
        if (a, pairs[0]) not in FR_FICTION:
            break
    if intl:
        return r.choice(["+33 %s %s", "+33 (0)%s %s"]) % (a, " ".join(pairs))
    sep = r.choice([" ", " ", ".", ""])
    return "0" + a + sep + sep.join(pairs)


def ph_es(r, kind, intl):
    if kind == "m":
        n = r.choice("67") + d(r, 8)
    else:
        n = r.choice(["91", "93", "954", "96", "985", "944", "958"])
        n = n + d1(r, 9 - len(n))
    if intl:
        return r.choice(["+34 %s %s %s", "+34 %s%s%s"]) % (n[:3], n[3:6], n[6:])
    if r.random() < 0.5:
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if n[0] == "9" and n[1] in "13":
        return "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if r.random() < 0.5 else n


IT_MOB = "320 328 329 333 334 335 338 339 340 345 347 348 349 366 380 388 389 391 392 393".split()


def ph_it(r, kind, intl):
    if kind == "m":
        p, n = r.choice(IT_MOB), d(r, 7)
        if intl:
            return r.choice(["+39 %s %s" % (p, n), "+39 %s %s %s" % (p, n[:3], n[3:])])
        return r.choice(["%s %s" % (p, n), "%s %s %s" % (p, n[:3], n[3:]), "%s%s" % (p, n), "%s/%s" % (p, n)])
    a = r.choice(["02", "06", "011", "051", "055", "081", "010", "049", "045", "080"])
    n = d1(r, 8 if len(a) == 2 else r.choice([6, 7]))
    s = ("%s %s %s" % (a, n[:4], n[4:])) if len(a) == 2 else r.choice(["%s %s" % (a, n), "%s/%s" % (a, n)])
    return ("+39 " + s) if intl else s


def ph_nl(r, kind, intl):
    if kind == "m":
        n = d(r, 8)
        if intl:
            return r.choice(["+31 6 %s" % n, "+31 6 %s %s" % (n[:4], n[4:]), "+31 (0)6 %s" % n])
        return r.choice(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "06%s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
    a = r.choice(["20", "10", "30", "70", "40", "50", "24", "26", "71", "15"])
    n = d1(r, 7)
    if intl:
        return "+31 %s %s %s" % (a, n[:3], n[3:])
    return r.choice(["0%s-%s %s" % (a, n[:3], n[3:]), "0%s %s %s" % (a, n[:3], n[3:]), "0%s-%s" % (a, n)])


def ph_pt(r, kind, intl):
    if kind == "m":
        n = "9" + r.choice("1236") + d(r, 7)
    else:
        n = r.choice(["21", "22", "239", "253", "289"])
        n = n + d1(r, 9 - len(n))
    s = "%s %s %s" % (n[:3], n[3:6], n[6:]) if r.random() < 0.8 else n
    return ("+351 " + s) if intl else s


def ph_br(r, kind, intl):
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19", "27"])
    n = ("9" + d1(r, 8, "6789")) if kind == "m" else d1(r, 8, "2345")
    a, b = n[:-4], n[-4:]
    if intl:
        return "+55 %s %s-%s" % (ddd, a, b)
    return r.choice(["(%s) %s-%s", "(%s) %s-%s", "%s %s-%s", "%s %s %s"]) % (ddd, a, b)


def ph_mx(r, kind, intl):
    a = r.choice(["55", "33", "81"])
    n = d1(r, 8)
    if intl:
        return r.choice(["+52 %s %s %s", "+52 1 %s %s %s"]) % (a, n[:4], n[4:])
    return r.choice(["%s %s %s", "(%s) %s-%s", "%s %s %s"]) % (a, n[:4], n[4:])


def ph_pl(r, kind, intl):
    if kind == "m":
        n = r.choice("5678") + d(r, 8)
        s = r.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    else:
        a = r.choice(["22", "12", "58", "71", "61", "42", "32"])
        n = d1(r, 7)
        s = "%s %s %s %s" % (a, n[:3], n[3:5], n[5:])
    return ("+48 " + s) if intl else s


def ph_tr(r, kind, intl):
    if kind == "m":
        p = r.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545",
                      "546", "551", "552", "553", "554", "505", "506", "507"])
    else:
        p = r.choice(["212", "216", "312", "232", "224", "242"])
    n = d1(r, 7)
    g = "%s %s %s" % (n[:3], n[3:5], n[5:])
    if intl:
        return "+90 %s %s" % (p, g)
    return r.choice(["0%s %s" % (p, g), "0 (%s) %s" % (p, g), "(0%s) %s" % (p, g), "0%s%s" % (p, n)])


def ph_id(r, kind, intl):
    if kind == "m":
        p = r.choice(["811", "812", "813", "821", "822", "852", "853", "817", "818", "819", "859", "877", "878",
                      "895", "896", "897", "881", "882"])
        n = d(r, r.choice([7, 8]))
        if intl:
            return r.choice(["+62 %s-%s-%s", "+62 %s %s %s"]) % (p, n[:4], n[4:])
        return r.choice(["0%s-%s-%s", "0%s %s %s", "0%s%s%s"]) % (p, n[:4], n[4:])
    a = r.choice(["21", "22", "31", "274", "361"])
    n = d1(r, 7)
    return ("+62 %s %s" if intl else r.choice(["(0%s) %s", "0%s-%s"])) % (a, n)


PHONE_FMT = {"us": ph_nanp("us"), "ca": ph_nanp("ca"), "uk": ph_uk, "ie": ph_ie, "au": ph_au, "nz": ph_nz,
             "in": ph_in, "ng": ph_ng, "za": ph_za, "sg": ph_sg, "ph": ph_ph, "ke": ph_ke, "de": ph_de, "fr": ph_fr,
             "es": ph_es, "it": ph_it, "nl": ph_nl, "pt": ph_pt, "br": ph_br, "mx": ph_mx, "pl": ph_pl, "tr": ph_tr,
             "id": ph_id}
EXT_FMT = {
    "us": lambda r: r.choice([" ext. ", " x", " ext ", " Ext. "]) + d1(r, r.choice([3, 4]), "1234567"),
    "ca": lambda r: r.choice([" ext. ", " x", " ext "]) + d1(r, r.choice([3, 4]), "1234567"),
    "uk": lambda r: r.choice([" ext ", " ext. ", " x"]) + d1(r, 4, "1234567"),
    "in": lambda r: r.choice([" Extn. ", " Ext. "]) + d1(r, 3, "1234567"),
    "ph": lambda r: r.choice([" loc. ", " local "]) + d1(r, 3, "1234567"),
    "de": lambda r: "-" + d1(r, 2, "123456789"),
    "fr": lambda r: " poste " + d1(r, 3, "123456789"),
    "es": lambda r: " ext. " + d1(r, 3, "123456789"),
    "it": lambda r: " int. " + d1(r, 3, "123456789"),
    "nl": lambda r: " toestel " + d1(r, 3, "123456789"),
    "pt": lambda r: " ext. " + d1(r, 3, "123456789"),
    "br": lambda r: " ramal " + d1(r, 4, "123456789"),
    "pl": lambda r: " wew. " + d1(r, 3, "123456789"),
    "tr": lambda r: " dahili " + d1(r, 3, "123456789"),
    "id": lambda r: " ext. " + d1(r, 3, "123456789"),
}


# ----------------------------------------------------------------------------------------------------------
# Street addresses: each function returns the lines of one address (joined by ", " for one line or by "\n"
# for a block). From the flat / house line to the postcode or town; no addressee, no country.
# ----------------------------------------------------------------------------------------------------------
UK_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWNS = [
    ("Leeds", "LS", [2, 4, 6, 7, 8, 11, 12, 16, 17, 18], ["Headingley", "Chapel Allerton", "Roundhay", "Horsforth"]),
    ("Manchester", "M", [13, 14, 15, 16, 19, 20, 21], ["Didsbury", "Chorlton", "Levenshulme", "Withington"]),
    ("Bristol", "BS", [3, 5, 6, 7, 8], ["Bedminster", "Redland", "Bishopston", "Easton"]),
    ("Sheffield", "S", [6, 7, 10, 11], ["Crookes", "Hillsborough", "Nether Edge", "Walkley"]),
    ("Nottingham", "NG", [2, 3, 5, 7], ["Sherwood", "West Bridgford", "Lenton"]),
    ("Cardiff", "CF", [5, 11, 14, 23, 24], ["Canton", "Roath", "Llandaff", "Cathays"]),
    ("Glasgow", "G", [3, 11, 12, 31, 41], ["Partick", "Shawlands", "Dennistoun", "Hyndland"]),
    ("Edinburgh", "EH", [6, 7, 10, 11, 15], ["Leith", "Morningside", "Portobello", "Gorgie"]),
    ("Birmingham", "B", [13, 14, 17, 29, 30], ["Moseley", "Harborne", "Kings Heath", "Selly Oak"]),
    ("London", "SE", [4, 5, 13, 15, 22, 23], ["Peckham", "Lewisham", "Brockley", "Forest Hill"]),
    ("London", "E", [5, 8, 9, 10, 17], ["Hackney", "Walthamstow", "Leyton", "Homerton"]),
    ("London", "N", [4, 7, 8, 15, 16, 19], ["Islington", "Tottenham", "Crouch End", "Stoke Newington"]),
    ("Belfast", "BT", [6, 7, 9, 15], ["Ormeau", "Stranmillis", "Cregagh"]),
    ("Norwich", "NR", [1, 2, 3, 4], ["Thorpe Hamlet", "Eaton"]),
    ("York", "YO", [10, 24, 30, 31], ["Fulford", "Acomb", "Heworth"]),
    ("Brighton", "BN", [1, 2, 3], ["Hove", "Kemptown", "Preston Park"]),
    ("Leicester", "LE", [2, 3, 4, 5], ["Clarendon Park", "Belgrave", "Aylestone"]),
    ("Southampton", "SO", [14, 15, 16, 17], ["Shirley", "Portswood", "Bitterne"]),
    ("Oxford", "OX", [1, 2, 3, 4], ["Jericho", "Headington", "Cowley"]),
    ("Cambridge", "CB", [1, 2, 4, 22], ["Romsey", "Chesterton", "Trumpington"]),
    ("Exeter", "EX", [1, 2, 4], ["Heavitree", "St Thomas"]),
    ("Bath", "BA", [1, 2], ["Widcombe", "Larkhall"]),
    ("Coventry", "CV", [1, 3, 5, 6], ["Earlsdon", "Stoke"]),
    ("Swansea", "SA", [1, 2], ["Uplands", "Sketty"]),
]
UK_STREETS = ("Clarendon Road|Albion Street|Hawthorn Close|Beechwood Avenue|Mill Lane|Station Road|Victoria Street|"
              "Prospect Place|Kingsway|Brookfield Drive|The Crescent|Westbourne Grove|Elm Grove|Chapel Street|"
              "Granville Road|Harcourt Gardens|Ashgrove|Lowther Street|Cavendish Road|Bank Terrace|Moorland View|"
              "St Michael's Road|Nelson Street|Cromwell Road|Gladstone Terrace|Wellington Road|Tennyson Avenue|"
              "Byron Street|Queen's Drive|Hillside Crescent|Orchard Way|Meadow Rise|Sycamore Close|Well Lane|"
              "Marlborough Road|Raglan Street").split("|")
UK_HOUSES = "Rose Cottage|The Old Forge|Hillcrest|Holly House|Ty Gwyn|Fernlea|The Laurels|Brambles|Orchard House|Wren Cottage".split("|")


def uk_postcode(r, area, dists):
    return "%s%d %d%s%s" % (area, r.choice(dists), r.randint(1, 9), r.choice(UK_IN_LETTERS), r.choice(UK_IN_LETTERS))


def addr_uk(r, lang):
    town, area, dists, locs = r.choice(UK_TOWNS)
    pc = uk_postcode(r, area, dists)
    st = r.choice(UK_STREETS)
    n = r.randint(1, 180)
    loc = r.choice(locs) if r.random() < 0.45 else None
    k = r.random()
    if k < 0.3:
        first = ["Flat %s, %d %s" % (r.choice([str(r.randint(1, 12)), "%d/%d" % (r.randint(0, 3), r.randint(1, 2)),
                                               r.choice("ABC")]), n, st)]
    elif k < 0.4:
        first = [r.choice(UK_HOUSES), "%d %s" % (n, st)] if r.random() < 0.5 else [r.choice(UK_HOUSES) + ", " + st]
    elif k < 0.5:
        first = ["%d%s %s" % (n, r.choice("ab"), st)]
    else:
        first = ["%d %s" % (n, st)]
    lines = first + ([loc] if loc else [])
    if r.random() < 0.5:
        return lines + [town + " " + pc], lines + [town, pc] if r.random() < 0.5 else lines + [town + " " + pc]
    return lines + [town, pc], lines + [town, pc]


EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
IE_TOWNS = [("Dublin 6", None, "D06"), ("Dublin 7", None, "D07"), ("Dublin 8", None, "D08"), ("Dublin 3", None, "D03"),
            ("Dublin 15", None, "D15"), ("Dublin 24", None, "D24"), ("Bray", "Co. Wicklow", "A98"),
            ("Swords", "Co. Dublin", "K67"), ("Naas", "Co. Kildare", "W91"), ("Drogheda", "Co. Louth", "A92"),
            ("Cork", None, "T12"), ("Ballincollig", "Co. Cork", "P31"), ("Galway", None, "H91"),
            ("Limerick", None, "V94"), ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"),
            ("Kilkenny", None, "R95"), ("Waterford", None, "X91"), ("Sligo", None, "F91"),
            ("Athlone", "Co. Westmeath", "N37"), ("Letterkenny", "Co. Donegal", "F92"),
            ("Castlebar", "Co. Mayo", "F23"), ("Wexford", None, "Y35"), ("Navan", "Co. Meath", "C15")]
IE_STREETS = ("Dargle View|Bow Street|Main Street|Church Road|The Green|Castle Park|Seafield Avenue|Oakfield Drive|"
              "Ashbrook Lawn|Millbrook Court|Cois Abhainn|Bóthar na Trá|Beechwood Grove|Ard na Gréine|Clontarf Road|"
              "Father Griffin Road|O'Connell Street|Parnell Square|Heather Close|Station Road").split("|")
IE_DEVS = "The Maltings|Riverside Court|Glenview|The Granary|Cluain Mhuire|Harbour View".split("|")


def addr_ie(r, lang):
    town, county, key = r.choice(IE_TOWNS)
    eir = key + " " + r.choice(EIR_CHARS[:15]) + rs(r, 3, EIR_CHARS)
    st = r.choice(IE_STREETS)
    if r.random() < 0.3:
        first = ["Apt %d, %s, %s" % (r.randint(1, 40), r.choice(IE_DEVS), st)]
    else:
        first = ["%d %s" % (r.randint(1, 120), st)]
    lines = first + [town] + ([county] if county else []) + [eir]
    return lines, lines


AU_SUBURBS = [("Newtown", "NSW", "2042"), ("Marrickville", "NSW", "2204"), ("Parramatta", "NSW", "2150"),
              ("Chatswood", "NSW", "2067"), ("Bondi Junction", "NSW", "2022"), ("Annandale", "NSW", "2038"),
              ("Brunswick", "VIC", "3056"), ("Footscray", "VIC", "3011"), ("Box Hill", "VIC", "3128"),
              ("St Kilda", "VIC", "3182"), ("Geelong", "VIC", "3220"), ("Fitzroy", "VIC", "3065"),
              ("Toowong", "QLD", "4066"), ("Woolloongabba", "QLD", "4102"), ("Southport", "QLD", "4215"),
              ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Fremantle", "WA", "6160"),
              ("Subiaco", "WA", "6008"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Belconnen", "ACT", "2617"), ("Nightcliff", "NT", "0810"), ("Newcastle", "NSW", "2300")]
AU_STREETS = ("Ferris Street|Hargrave Road|Lygon Street|Enmore Road|King Street|Brunswick Street|Oxford Street|"
              "Kent Street|Cavendish Road|Macquarie Street|Flinders Street|Bourke Street|Wattle Avenue|"
              "Banksia Crescent|Jacaranda Drive|Kookaburra Court|Boundary Road|Railway Parade|The Esplanade|"
              "Bellevue Terrace").split("|")


def addr_au(r, lang):
    sub, state, pc = r.choice(AU_SUBURBS)
    st = r.choice(AU_STREETS)
    if r.random() < 0.5 and r.random() < 0.6:
        st = st.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave").replace("Crescent", "Cres")
    n = r.randint(1, 220)
    k = r.random()
    if k < 0.25:
        first = "Unit %d/%d %s" % (r.randint(1, 24), n, st)
    elif k < 0.45:
        first = "%d/%d %s" % (r.randint(1, 24), n, st)
    else:
        first = "%d %s" % (n, st)
    one = [first, "%s %s %s" % (sub, state, pc)]
    block = [first, "%s %s %s" % (sub.upper() if r.random() < 0.6 else sub, state, pc)]
    return one, block


NZ_SUBURBS = [("Ponsonby", "Auckland", "1011"), ("Grey Lynn", "Auckland", "1021"), ("Mount Eden", "Auckland", "1024"),
              ("Te Aro", "Wellington", "6011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
              ("Sydenham", "Christchurch", "8023"), ("Hamilton East", "Hamilton", "3216"),
              ("Mount Maunganui", "Tauranga", "3116"), ("North East Valley", "Dunedin", "9010")]
NZ_STREETS = "Kowhai Street|Pōhutukawa Avenue|Cuba Street|Ponsonby Road|Rimu Road|Tui Street|Kauri Crescent|Totara Drive|Hinemoa Street".split("|")


def addr_nz(r, lang):
    sub, city, pc = r.choice(NZ_SUBURBS)
    st = r.choice(NZ_STREETS)
    n = r.randint(1, 160)
    first = ("Flat %d, %d %s" % (r.randint(1, 6), n, st)) if r.random() < 0.2 else (
        ("%d/%d %s" % (r.randint(1, 6), n, st)) if r.random() < 0.2 else "%d %s" % (n, st))
    lines = [first, sub, "%s %s" % (city, pc)]
    return lines, lines


US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
             ("Sacramento", "CA", "958"), ("Portland", "OR", "972"), ("Minneapolis", "MN", "554"),
             ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Pittsburgh", "PA", "152"), ("Albany", "NY", "122"),
             ("Brooklyn", "NY", "112"), ("Madison", "WI", "537"), ("Omaha", "NE", "681"), ("Boise", "ID", "837"),
             ("Richmond", "VA", "232"), ("Louisville", "KY", "402"), ("Spokane", "WA", "992"),
             ("Worcester", "MA", "016"), ("Savannah", "GA", "314"), ("Ann Arbor", "MI", "481"),
             ("Durham", "NC", "277"), ("Fresno", "CA", "937"), ("Des Moines", "IA", "503"), ("Chicago", "IL", "606"),
             ("Houston", "TX", "770"), ("Baltimore", "MD", "212")]
US_STREETS = ("Maple|Cedar Hollow|Willow Bend|Pinecrest|Magnolia|Sycamore|Hawthorne|Juniper|Lakeview|Ridgecrest|"
              "Fairmount|Belmont|Greenwood|Chestnut|Sunset|Meadowbrook|Brookside|Highland|Prospect|Elmhurst|Garfield|"
              "Lincoln|Monroe|Jefferson|Hillcrest|Riverside|Orchard|Walnut|Spring Creek|Bluebonnet|Cypress|"
              "Timber Ridge|Foxglove|Halsted|Kedzie").split("|")
US_SUFFIX = "St|Ave|Dr|Rd|Ln|Ct|Blvd|Way|Pl|Ter|Cir|Street|Avenue|Drive|Road|Lane".split("|")


def addr_us(r, lang):
    city, state, z3 = r.choice(US_CITIES)
    z = z3 + d(r, 2)
    st = ("%s " % r.choice("NSEW") if r.random() < 0.15 else "") + r.choice(US_STREETS) + " " + r.choice(US_SUFFIX)
    n = str(r.randint(10, 9999)) if r.random() < 0.85 else str(r.randint(10000, 24999))
    unit = None
    if r.random() < 0.35:
        unit = r.choice(["Apt %d%s" % (r.randint(1, 30), r.choice(["", "A", "B", "C"])), "Unit %d" % r.randint(1, 400),
                         "#%d" % r.randint(100, 1999), "Apt. %d" % r.randint(1, 12), "Ste %d" % r.randint(100, 450)])
    first = "%s %s" % (n, st) + ((" " + unit) if unit and r.random() < 0.5 else "")
    lines = [first] + ([unit] if unit and unit not in first else [])
    last = "%s, %s %s" % (city, state, z)
    return lines + [last], [" ".join(lines)] + [last]


CA_CITIES = [("Toronto", "ON", ["M4", "M5", "M6"], ["Bloor St W", "Queen St E", "Dundas St W", "Bathurst St",
                                                     "Danforth Ave", "Roncesvalles Ave", "Eglinton Ave E"]),
             ("Vancouver", "BC", ["V5", "V6"], ["Commercial Dr", "W Broadway", "Kingsway", "Main St", "Fraser St",
                                                "W 4th Ave"]),
             ("Calgary", "AB", ["T2", "T3"], ["17 Ave SW", "Kensington Rd NW", "Centre St N", "Macleod Trail SE"]),
             ("Edmonton", "AB", ["T5", "T6"], ["Whyte Ave NW", "Jasper Ave", "104 St NW"]),
             ("Ottawa", "ON", ["K1", "K2"], ["Bank St", "Elgin St", "Somerset St W", "Bronson Ave"]),
             ("Winnipeg", "MB", ["R2", "R3"], ["Portage Ave", "Corydon Ave", "Osborne St"]),
             ("Halifax", "NS", ["B3"], ["Quinpool Rd", "Spring Garden Rd", "Agricola St"]),
             ("Mississauga", "ON", ["L5"], ["Hurontario St", "Burnhamthorpe Rd W"]),
             ("Saskatoon", "SK", ["S7"], ["Broadway Ave", "Spadina Cres E"])]
QC_CITIES = [("Montréal", ["H2", "H3", "H4"], ["rue Saint-Denis", "avenue du Mont-Royal Est", "boulevard Saint-Laurent",
                                               "rue Ontario Est", "rue Wellington", "avenue Papineau", "rue Beaubien Est"]),
             ("Québec", ["G1"], ["rue Saint-Jean", "chemin Sainte-Foy", "boulevard René-Lévesque Ouest"]),
             ("Gatineau", ["J8", "J9"], ["boulevard Saint-Joseph", "rue Laval"]),
             ("Sherbrooke", ["J1"], ["rue King Ouest", "rue Wellington Sud"])]
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(r, pre):
    return "%s%s %d%s%d" % (pre, r.choice(CA_L), r.randint(0, 9), r.choice(CA_L), r.randint(0, 9))


def addr_ca(r, lang):
    if lang == "fr":
        city, pres, streets = r.choice(QC_CITIES)
        n = r.randint(10, 8999)
        apt = (", app. %d" % r.randint(1, 12)) if r.random() < 0.4 else ""
        line = "%d, %s%s" % (n, r.choice(streets), apt)
        last = "%s (Québec) %s" % (city, ca_postal(r, r.choice(pres)))
        return [line, last], [line, last]
    city, prov, pres, streets = r.choice(CA_CITIES)
    n = r.randint(10, 3999)
    st = r.choice(streets)
    k = r.random()
    if k < 0.3:
        first = "%d-%d %s" % (r.randint(101, 2405), n, st)
    elif k < 0.45:
        first = "Unit %d, %d %s" % (r.randint(1, 40), n, st)
    else:
        first = "%d %s" % (n, st)
    pc = ca_postal(r, r.choice(pres))
    return [first, "%s, %s %s" % (city, prov, pc)], [first, "%s %s  %s" % (city.upper(), prov, pc) if r.random() < 0.4
                                                     else "%s, %s %s" % (city, prov, pc)]


IN_AREAS = [("Indiranagar", "Bengaluru", "560038"), ("Koramangala", "Bengaluru", "560034"),
            ("HSR Layout", "Bengaluru", "560102"), ("Andheri West", "Mumbai", "400053"), ("Powai", "Mumbai", "400076"),
            ("Kothrud", "Pune", "411038"), ("Baner", "Pune", "411045"), ("Salt Lake Sector V", "Kolkata", "700091"),
            ("Anna Nagar", "Chennai", "600040"), ("Velachery", "Chennai", "600042"),
            ("Gachibowli", "Hyderabad", "500032"), ("Banjara Hills", "Hyderabad", "500034"),
            ("Lajpat Nagar II", "New Delhi", "110024"), ("Dwarka Sector 12", "New Delhi", "110075"),
            ("Sector 56", "Gurugram", "122011"), ("Kakkanad", "Kochi", "682030"),
            ("Navrangpura", "Ahmedabad", "380009"), ("Gomti Nagar", "Lucknow", "226010"),
            ("Malviya Nagar", "Jaipur", "302017")]
IN_BUILDINGS = ("Sai Krupa Residency|Shanti Niketan Apartments|Green Valley Heights|Sunrise Towers|Lotus Enclave|"
                "Gokul Dham Society|Anand Vihar CHS|Silver Oak Residency|Ganga Apartments|Kaveri Nest").split("|")
IN_ROADS = "14th Cross Road|2nd Main Road|100 Feet Road|MG Road|Linking Road|S.V. Road|Nehru Road|Netaji Subhash Marg|Anna Salai|LBS Marg|Station Road|Temple Street".split("|")


def addr_in(r, lang):
    area, city, pin = r.choice(IN_AREAS)
    k = r.random()
    if k < 0.35:
        lines = ["Flat %d%s, %s" % (r.randint(1, 14) * 100 + r.randint(1, 8), r.choice(["", "", "A", "B"]),
                                     r.choice(IN_BUILDINGS)), r.choice(IN_ROADS), area, "%s %s" % (city, pin)]
    elif k < 0.6:
        lines = ["%s-%d, %s Floor" % (r.choice("ABCDEFGH"), r.randint(1, 220), r.choice(["Ground", "1st", "2nd", "3rd"])),
                 area, "%s - %s" % (city, pin)]
    elif k < 0.75:
        lines = ["H.No. %d-%d-%d/%s" % (r.randint(1, 16), r.randint(1, 9), r.randint(10, 999), r.choice("ABC")),
                 r.choice(IN_ROADS), area, "%s %s" % (city, pin)]
    else:
        lines = ["No. %d, %s" % (r.randint(1, 90), r.choice(IN_ROADS)), area, "%s %s" % (city, pin)]
    return lines, lines


NG_AREAS = [("Victoria Island", "Lagos"), ("Ikoyi", "Lagos"), ("Lekki Phase 1", "Lagos"), ("Ikeja GRA", "Lagos"),
            ("Surulere", "Lagos"), ("Yaba", "Lagos"), ("Wuse 2", "Abuja"), ("Maitama", "Abuja"), ("Garki", "Abuja"),
            ("Old GRA", "Port Harcourt"), ("Independence Layout", "Enugu"), ("Bodija", "Ibadan")]
NG_STREETS = ("Adeola Odeku Street|Admiralty Way|Allen Avenue|Awolowo Road|Ozumba Mbadiwe Avenue|Aminu Kano Crescent|"
              "Gana Street|Ogui Road|Ikwerre Road|Aba Road|Bode Thomas Street|Herbert Macaulay Way|Ahmadu Bello Way|"
              "Olusegun Aina Street").split("|")


def addr_ng(r, lang):
    area, city = r.choice(NG_AREAS)
    st = r.choice(NG_STREETS)
    k = r.random()
    if k < 0.3:
        first = ["Plot %d, %s" % (r.randint(1, 1500), st)]
    elif k < 0.5:
        first = ["Flat %d, Block %s, %s Estate" % (r.randint(1, 12), r.choice("ABCDEF"),
                                                    r.choice(["Gbagada Phase 2", "Ikota Villa", "Prince & Princess",
                                                              "Sunnyvale"]))]
    else:
        first = ["%s%d %s" % (r.choice(["", "", "No. "]), r.randint(1, 90), st)]
    lines = first + [area, city]
    return lines, lines


ZA_SUBURBS = [("Rosebank", "Johannesburg", "2196"), ("Melville", "Johannesburg", "2092"),
              ("Parkhurst", "Johannesburg", "2193"), ("Gardens", "Cape Town", "8001"),
              ("Observatory", "Cape Town", "7925"), ("Claremont", "Cape Town", "7708"),
              ("Sea Point", "Cape Town", "8005"), ("Morningside", "Durban", "4001"), ("Umhlanga", "Durban", "4319"),
              ("Hatfield", "Pretoria", "0083"), ("Brooklyn", "Pretoria", "0181"), ("Westdene", "Bloemfontein", "9301"),
              ("Summerstrand", "Gqeberha", "6001")]
ZA_STREETS = ("Jan Smuts Avenue|Oxford Road|Kloof Street|Main Road|Long Street|Florida Road|Musgrave Road|"
              "Lynnwood Road|Burnett Street|Beach Road|Voortrekker Road|Bree Street|Nelson Mandela Drive|"
              "Steve Biko Road|4th Avenue").split("|")
ZA_COMPLEX = "Silver Oaks|Palm Grove|Aloe Ridge|Bougainvillea Gardens|Protea Place|Fynbos Close".split("|")


def addr_za(r, lang):
    sub, city, pc = r.choice(ZA_SUBURBS)
    st = r.choice(ZA_STREETS)
    n = r.randint(1, 400)
    if r.random() < 0.35:
        first = ["Unit %d, %s" % (r.randint(1, 60), r.choice(ZA_COMPLEX)), "%d %s" % (n, st)]
    else:
        first = ["%d %s" % (n, st)]
    lines = first + [sub, city, pc] if r.random() < 0.5 else first + [sub, "%s %s" % (city, pc)]
    return lines, lines


SG_ESTATES = [("Bedok North Street 1", "46"), ("Tampines Street 81", "52"), ("Jurong West Street 52", "64"),
              ("Yishun Ring Road", "76"), ("Woodlands Drive 16", "73"), ("Ang Mo Kio Avenue 3", "56"),
              ("Lorong 1 Toa Payoh", "31"), ("Bukit Batok West Avenue 6", "65"), ("Sengkang East Way", "54"),
              ("Punggol Field", "82"), ("Clementi Avenue 4", "12"), ("Hougang Avenue 8", "53")]


def addr_sg(r, lang):
    st, sec = r.choice(SG_ESTATES)
    blk = r.randint(101, 699)
    unit = "#%02d-%d" % (r.randint(2, 16), r.randint(10, 999) if r.random() < 0.5 else r.randint(1000, 1800))
    pc = "Singapore %s%04d" % (sec, blk)
    lines = ["Blk %d %s" % (blk, st), unit, pc]
    if r.random() < 0.3:
        lines = ["%d%s %s" % (blk, r.choice(["", "A", "B"]), st), unit, pc]
    return lines, lines


PH_CITIES = [("Makati City", "12", None, "Bel-Air|Poblacion|San Lorenzo"), ("Quezon City", "11", None, "Loyola Heights|Teachers Village East|Project 6"),
             ("Pasig City", "16", None, "Kapitolyo|San Antonio|Malinao"), ("Mandaluyong City", "155", None, "Highway Hills|Plainview"),
             ("Taguig City", "163", None, "Fort Bonifacio|Western Bicutan"), ("Cebu City", "6000", None, "Lahug|Talamban|Guadalupe"),
             ("Davao City", "8000", None, "Buhangin|Matina Crossing"), ("Iloilo City", "5000", None, "Jaro|Molo"),
             ("Parañaque City", "17", None, "BF Homes|San Dionisio"), ("Antipolo City", "1870", "Rizal", "San Isidro|Dela Paz"),
             ("Bacoor", "4102", "Cavite", "Molino III|Talaba"), ("Dasmariñas", "4114", "Cavite", "Salitran|Paliparan")]
PH_STREETS = "Mabini St.|Rizal Ave.|Shaw Blvd|Katipunan Ave.|Ortigas Ave.|Osmeña Blvd|General Luna St.|Aguinaldo Highway|Sampaguita St.|Narra St.".split("|")
PH_BRGY = "San Isidro|Poblacion|Kapitolyo|Loyola Heights|Bel-Air|Lahug|Salitran|Molino III|Talamban|Malanday".split("|")


def addr_ph(r, lang):
    city, z, prov, brgys = r.choice(PH_CITIES)
    brgy = r.choice(brgys.split("|"))
    zz = z + d(r, 4 - len(z))
    k = r.random()
    if k < 0.3:
        first = ["Unit %d Tower %s, %s" % (r.randint(2, 40) * 100 + r.randint(1, 20), r.choice("ABC12"),
                                            r.choice(["Verdant Residences", "The Palms Condominium", "Acacia Suites"])),
                 r.choice(PH_STREETS)]
    elif k < 0.6:
        first = ["Blk %d Lot %d, %s" % (r.randint(1, 40), r.randint(1, 30), r.choice(["Mabuhay Homes Phase 2",
                                                                                      "Villa Verde Subdivision",
                                                                                      "Sampaguita Village"])),
                 "Brgy. " + brgy]
    else:
        first = ["%d %s" % (r.randint(1, 999), r.choice(PH_STREETS)), "Brgy. " + brgy]
    last = [city, "%s %s" % (prov, zz)] if prov else ["%s %s" % (city, zz)]
    lines = first + last
    return lines, lines


KE_AREAS = [("Kilimani", "Nairobi", "Kindaruma Road|Argwings Kodhek Road|Ngong Road"),
            ("Lavington", "Nairobi", "James Gichuru Road|Muthangari Drive"), ("Westlands", "Nairobi", "Waiyaki Way|Riverside Drive"),
            ("Kileleshwa", "Nairobi", "Othaya Road|Laikipia Road"), ("Karen", "Nairobi", "Karen Road|Langata South Road"),
            ("Nyali", "Mombasa", "Links Road|Mount Kenya Road"), ("Milimani", "Kisumu", "Oginga Odinga Street|Aga Khan Road")]


def addr_ke(r, lang):
    area, city, roads = r.choice(KE_AREAS)
    roads = roads.split("|")
    if r.random() < 0.4:
        first = ["Apartment %s%d, %s" % (r.choice("ABCD"), r.randint(1, 20), r.choice(["Green Park Court",
                                                                                      "Jacaranda Heights",
                                                                                      "Riverside Gardens"])),
                 r.choice(roads)]
    else:
        first = ["House No. %d, %s" % (r.randint(1, 80), r.choice(roads))]
    lines = first + [area, city]
    return lines, lines


DE_CITIES = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
             ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
             ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167),
             ("Bonn", 53111, 53229), ("Heidelberg", 69115, 69126), ("Mainz", 55116, 55131), ("Kiel", 24103, 24159),
             ("Regensburg", 93047, 93059), ("Augsburg", 86150, 86199)]
DE_STREETS = ("Lindenstraße|Goethestraße|Schillerstraße|Bahnhofstraße|Hauptstraße|Am Mühlbach|Kastanienallee|Rosenweg|"
              "Birkenweg|Gartenstraße|Friedrich-Ebert-Straße|Am Sonnenhang|Hohenzollernring|Bergmannstraße|"
              "Lessingstraße|Kantstraße|Uhlandstraße|Im Winkel|Wiesenweg|Talstraße").split("|")


def addr_de(r, lang):
    city, lo, hi = r.choice(DE_CITIES)
    plz = "%05d" % r.randint(lo, hi)
    n = "%d%s" % (r.randint(1, 140), r.choice(["", "", "", "a", "b"]))
    first = ["%s %s" % (r.choice(DE_STREETS), n)]
    if r.random() < 0.12:
        first.append(r.choice(["%d. OG links" % r.randint(1, 5), "Hinterhaus", "Whg. %d" % r.randint(1, 30)]))
    lines = first + ["%s %s" % (plz, city)]
    return lines, lines


FR_CITIES = [("Paris", ["750%02d" % i for i in range(1, 21)]), ("Lyon", ["6900%d" % i for i in range(1, 10)]),
             ("Marseille", ["130%02d" % i for i in range(1, 17)]), ("Toulouse", ["31000", "31200", "31300", "31400", "31500"]),
             ("Nantes", ["44000", "44100", "44200", "44300"]), ("Bordeaux", ["33000", "33100", "33200", "33300", "33800"]),
             ("Lille", ["59000", "59800"]), ("Rennes", ["35000", "35200", "35700"]),
             ("Montpellier", ["34000", "34070", "34080", "34090"]), ("Strasbourg", ["67000", "67100", "67200"]),
             ("Grenoble", ["38000", "38100"]), ("Nice", ["06000", "06100", "06200", "06300"]), ("Dijon", ["21000"]),
             ("Angers", ["49000", "49100"]), ("Rouen", ["76000", "76100"]), ("Pessac", ["33600"]),
             ("Villeurbanne", ["69100"]), ("Saint-Étienne", ["42000", "42100"])]
FR_STREETS = ("rue des Tanneurs|rue Victor-Hugo|rue Émile-Zola|avenue du Général-Leclerc|place Gambetta|rue Pasteur|"
              "rue Voltaire|rue de la République|rue du Moulin|chemin des Vignes|allée des Acacias|impasse des Lilas|"
              "boulevard de la Liberté|quai de la Fosse|rue Sainte-Catherine|cours Lafayette|rue des Écoles").split("|")


def addr_fr(r, lang):
    city, cps = r.choice(FR_CITIES)
    n = "%d%s" % (r.randint(1, 180), r.choice(["", "", "", "", " bis", " ter"]))
    first = ["%s %s" % (n, r.choice(FR_STREETS))]
    if r.random() < 0.25:
        first.insert(0, r.choice(["Résidence Les Tilleuls, Bât. %s" % r.choice("ABCD"), "Bât. %s, appt %d" % (
            r.choice("ABC"), r.randint(1, 60)), "Appt %d, %de étage" % (r.randint(1, 40), r.randint(1, 8))]))
    lines = first + ["%s %s" % (r.choice(cps), city)]
    return lines, lines


ES_CITIES = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
             ("Zaragoza", 50001, 50018), ("Málaga", 29001, 29018), ("Bilbao", 48001, 48015), ("Granada", 18001, 18015),
             ("Valladolid", 47001, 47016), ("Alicante", 3001, 3016), ("Murcia", 30001, 30012),
             ("A Coruña", 15001, 15011), ("Palma", 7001, 7015), ("Salamanca", 37001, 37008)]
ES_STREETS = ("Calle Mayor|Calle del Carmen|Avenida de la Constitución|Calle San Vicente|Calle Real|Calle Nueva|"
              "Calle de la Paz|Avenida de América|Calle Cervantes|Calle Goya|Calle de Toledo|Paseo de la Castellana|"
              "Calle Larios|Ronda de Outeiro|Carrer de Mallorca").split("|")


def addr_es(r, lang):
    city, lo, hi = r.choice(ES_CITIES)
    cp = "%05d" % r.randint(lo, hi)
    fl = r.choice(["%dº %s" % (r.randint(1, 8), r.choice("ABCD")), "%d.º %s" % (r.randint(1, 8), r.choice("ABCD")),
                   "bajo %s" % r.choice("AB"), "%dº %dª" % (r.randint(1, 6), r.randint(1, 4)), "ático", ""])
    first = "%s %d" % (r.choice(ES_STREETS), r.randint(1, 160)) + ((", " + fl) if fl else "")
    lines = [first, "%s %s" % (cp, city)]
    return lines, lines


MX_PLACES = [("Roma Norte", "06700", "Cuauhtémoc", "Ciudad de México, CDMX"),
             ("Condesa", "06140", "Cuauhtémoc", "Ciudad de México, CDMX"),
             ("Del Valle", "03100", "Benito Juárez", "Ciudad de México, CDMX"),
             ("Narvarte Poniente", "03020", "Benito Juárez", "Ciudad de México, CDMX"),
             ("Americana", "44160", None, "Guadalajara, Jalisco"), ("Providencia", "44630", None, "Guadalajara, Jalisco"),
             ("Obispado", "64060", None, "Monterrey, Nuevo León"), ("Centro", "76000", None, "Santiago de Querétaro, Querétaro")]
MX_STREETS = "Calle Durango|Av. Insurgentes Sur|Calle Hidalgo|Calle Morelos|Av. Chapultepec|Calle Zacatecas|Av. Vallarta|Calle Padre Mier".split("|")


def addr_mx(r, lang):
    col, cp, alc, city = r.choice(MX_PLACES)
    first = "%s %d" % (r.choice(MX_STREETS), r.randint(10, 1800))
    if r.random() < 0.4:
        first += r.choice([", Depto. %d" % r.randint(101, 804), " Int. %d" % r.randint(1, 20)])
    lines = [first, "Col. " + col] + ([alc] if alc else []) + ["%s %s" % (cp, city)]
    return lines, lines


IT_CITIES = [("Milano", "MI", 20121, 20162), ("Roma", "RM", 118, 199), ("Torino", "TO", 10121, 10156),
             ("Bologna", "BO", 40121, 40141), ("Firenze", "FI", 50121, 50145), ("Napoli", "NA", 80121, 80147),
             ("Genova", "GE", 16121, 16167), ("Padova", "PD", 35121, 35143), ("Verona", "VR", 37121, 37142),
             ("Bari", "BA", 70121, 70132), ("Palermo", "PA", 90121, 90151), ("Trento", "TN", 38121, 38123),
             ("Parma", "PR", 43121, 43126), ("Cagliari", "CA", 9121, 9134)]
IT_STREETS = ("Via Roma|Via Giuseppe Mazzini|Corso Cavour|Via Dante Alighieri|Via dei Mille|Viale Monza|Via San Martino|"
              "Via delle Rose|Piazza della Repubblica|Via Nazionale|Via del Corso|Via Santa Lucia|Via Manzoni|"
              "Via Cesare Battisti").split("|")


def addr_it(r, lang):
    city, prov, lo, hi = r.choice(IT_CITIES)
    cap = "%05d" % r.randint(lo, hi)
    first = "%s %d%s" % (r.choice(IT_STREETS), r.randint(1, 200), r.choice(["", "", "/%s" % r.choice("ABC")]))
    if r.random() < 0.3:
        first += r.choice([", int. %d" % r.randint(1, 24), ", scala %s" % r.choice("ABC"), ", piano %d" % r.randint(1, 6)])
    lines = [first, "%s %s (%s)" % (cap, city, prov)]
    return lines, lines


NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2491, 2597), ("Utrecht", 3511, 3585),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Leiden", 2311, 2334), ("Haarlem", 2011, 2037),
             ("Nijmegen", 6511, 6546), ("Zwolle", 8011, 8045), ("'s-Hertogenbosch", 5211, 5237),
             ("Delft", 2611, 2629), ("Tilburg", 5011, 5049), ("Arnhem", 6811, 6846)]
NL_STREETS = ("Van Woustraat|Prinsengracht|Kerkstraat|Dorpsstraat|Molenweg|Lindelaan|Nieuwe Binnenweg|Oudegracht|"
              "Burgemeester Visserlaan|Koningin Wilhelminalaan|Julianastraat|Spoorlaan|Vondelstraat|Rembrandtlaan|"
              "Beukenlaan|Zeeheldenkade").split("|")


def nl_pc(r, lo, hi):
    while True:
        ls = r.choice(UP) + r.choice(UP)
        if ls not in ("SA", "SD", "SS"):
            return "%d %s" % (r.randint(lo, hi), ls)


def addr_nl(r, lang):
    city, lo, hi = r.choice(NL_CITIES)
    n = "%d%s" % (r.randint(1, 300), r.choice(["", "", "", "-II", "-III", " hs", "A", "-2", " bis"]))
    lines = ["%s %s" % (r.choice(NL_STREETS), n), "%s %s" % (nl_pc(r, lo, hi), city if r.random() < 0.8 else city.upper())]
    return lines, lines


PT_CITIES = [("Lisboa", 1000, 1900), ("Porto", 4000, 4369), ("Braga", 4700, 4719), ("Coimbra", 3000, 3049),
             ("Faro", 8000, 8009), ("Aveiro", 3800, 3814), ("Setúbal", 2900, 2914), ("Almada", 2800, 2819),
             ("Amadora", 2700, 2724), ("Funchal", 9000, 9064)]
PT_STREETS = "Rua de Santa Catarina|Avenida da Liberdade|Rua Augusta|Travessa do Carmo|Rua da Boavista|Rua Miguel Bombarda|Rua das Flores|Largo do Rato|Avenida Almirante Reis|Rua do Almada".split("|")


def addr_pt(r, lang):
    city, lo, hi = r.choice(PT_CITIES)
    cp = "%04d-%03d" % (r.randint(lo, hi), r.randint(1, 999))
    fl = r.choice(["%d.º Dto." % r.randint(1, 8), "%d.º Esq." % r.randint(1, 8), "r/c Esq.", "%d.º Frente" % r.randint(1, 6), ""])
    first = "%s %d" % (r.choice(PT_STREETS), r.randint(1, 400)) + ((", " + fl) if fl else "")
    lines = [first, "%s %s" % (cp, city)]
    return lines, lines


BR_CITIES = [("São Paulo", "SP", 1000, 5999, ["Pinheiros", "Moema", "Vila Madalena", "Perdizes"]),
             ("Rio de Janeiro", "RJ", 20000, 23799, ["Tijuca", "Copacabana", "Botafogo", "Laranjeiras"]),
             ("Belo Horizonte", "MG", 30000, 31999, ["Savassi", "Funcionários"]),
             ("Curitiba", "PR", 80000, 82999, ["Batel", "Água Verde"]),
             ("Porto Alegre", "RS", 90000, 91999, ["Moinhos de Vento", "Cidade Baixa"]),
             ("Salvador", "BA", 40000, 42599, ["Barra", "Rio Vermelho"]), ("Recife", "PE", 50000, 52999, ["Boa Viagem"]),
             ("Fortaleza", "CE", 60000, 61599, ["Aldeota", "Meireles"]), ("Florianópolis", "SC", 88000, 88099, ["Trindade"])]
BR_STREETS = "Rua Augusta|Rua dos Pinheiros|Rua Voluntários da Pátria|Rua Barão de Jaguaribe|Rua XV de Novembro|Avenida Sete de Setembro|Rua Padre Chagas|Rua Marquês de São Vicente|Rua Harmonia|Avenida Getúlio Vargas".split("|")


def addr_br(r, lang):
    city, uf, lo, hi, bairros = r.choice(BR_CITIES)
    cep = "%05d-%03d" % (r.randint(lo, hi), r.randint(0, 999))
    first = "%s, %d" % (r.choice(BR_STREETS), r.randint(10, 3000)) if r.random() < 0.5 else "%s %d" % (
        r.choice(BR_STREETS), r.randint(10, 3000))
    if r.random() < 0.45:
        first += r.choice([", apto %d" % r.randint(11, 184), ", apto. %d, bloco %s" % (r.randint(11, 184), r.choice("AB")),
                           ", casa %d" % r.randint(1, 4)])
    if r.random() < 0.5:
        lines = ["%s - %s" % (first, r.choice(bairros)), "%s - %s" % (city, uf), cep]
        return [" - ".join([lines[0], lines[1]]) + ", " + cep], lines
    lines = [first, r.choice(bairros), "%s - %s" % (city, uf), "CEP " + cep]
    return lines, lines


PL_CITIES = [("Warszawa", 0, 4), ("Kraków", 30, 31), ("Gdańsk", 80, 80), ("Wrocław", 50, 54), ("Poznań", 60, 61),
             ("Łódź", 90, 94), ("Lublin", 20, 20), ("Katowice", 40, 40), ("Szczecin", 70, 71), ("Bydgoszcz", 85, 85)]
PL_STREETS = "ul. Długa|ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki|al. Jana Pawła II|ul. Piotrkowska|ul. Ogrodowa|ul. Lipowa|ul. Polna|ul. Kwiatowa|ul. Leśna|ul. Marszałkowska".split("|")


def addr_pl(r, lang):
    city, lo, hi = r.choice(PL_CITIES)
    pc = "%02d-%03d" % (r.randint(lo, hi), r.randint(1, 999))
    st = r.choice(PL_STREETS)
    n = r.randint(1, 160)
    first = r.choice(["%s %d m. %d" % (st, n, r.randint(1, 60)), "%s %d/%d" % (st, n, r.randint(1, 60)),
                      "%s %d" % (st, n), "%s %d%s" % (st, n, r.choice("ABC"))])
    lines = [first, "%s %s" % (pc, city)]
    return lines, lines


TR_PLACES = [("Caferağa Mah.", "Kadıköy/İstanbul", 34710), ("Fenerbahçe Mah.", "Kadıköy/İstanbul", 34726),
             ("Levent Mah.", "Beşiktaş/İstanbul", 34330), ("Altunizade Mah.", "Üsküdar/İstanbul", 34662),
             ("Kızılay Mah.", "Çankaya/Ankara", 6420), ("Bahçelievler Mah.", "Çankaya/Ankara", 6490),
             ("Alsancak Mah.", "Konak/İzmir", 35220), ("Bostanlı Mah.", "Karşıyaka/İzmir", 35590),
             ("Fethiye Mah.", "Nilüfer/Bursa", 16140), ("Lara Mah.", "Muratpaşa/Antalya", 7100)]
TR_STREETS = "Bahariye Cad.|Moda Cad.|Nispetiye Cad.|Kızılırmak Sok.|Gül Sok.|Lale Sok.|Cumhuriyet Blv.|Atatürk Cad.|Papatya Sok.|Şehit Ali Sok.".split("|")


def addr_tr(r, lang):
    mah, dist, pc = r.choice(TR_PLACES)
    first = "%s %s No: %d D: %d" % (mah, r.choice(TR_STREETS), r.randint(1, 120), r.randint(1, 24))
    if r.random() < 0.3:
        first = "%s %s No:%d/%d" % (mah, r.choice(TR_STREETS), r.randint(1, 120), r.randint(1, 24))
    lines = [first, "%05d %s" % (pc + r.randint(0, 9), dist)]
    return lines, lines


ID_PLACES = [("Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"), ("Menteng", "Menteng", "Jakarta Pusat", "10310"),
             ("Gandaria Utara", "Kebayoran Baru", "Jakarta Selatan", "12140"), ("Dago", "Coblong", "Bandung", "40135"),
             ("Sinduadi", "Mlati", "Sleman", "55284"), ("Gubeng", "Gubeng", "Surabaya", "60281"),
             ("Sanur", "Denpasar Selatan", "Denpasar", "80228"), ("Kelapa Gading Barat", "Kelapa Gading", "Jakarta Utara", "14240")]
ID_STREETS = "Jl. Kemang Raya|Jl. Cempaka Putih Tengah|Jl. Dago Asri|Jl. Kaliurang|Jl. Pemuda|Jl. Danau Tamblingan|Jl. Boulevard Raya|Jl. Melati".split("|")


def addr_id(r, lang):
    kel, kec, city, pc = r.choice(ID_PLACES)
    first = "%s No. %d" % (r.choice(ID_STREETS), r.randint(1, 120))
    rt = "RT %02d/RW %02d" % (r.randint(1, 12), r.randint(1, 9))
    lines = [first, rt, kel, kec, "%s %s" % (city, pc)] if r.random() < 0.6 else [first, kel, "%s %s" % (city, pc)]
    return lines, lines


ADDR_FMT = {"uk": addr_uk, "ie": addr_ie, "au": addr_au, "nz": addr_nz, "us": addr_us, "ca": addr_ca, "in": addr_in,
            "ng": addr_ng, "za": addr_za, "sg": addr_sg, "ph": addr_ph, "ke": addr_ke, "de": addr_de, "fr": addr_fr,
            "es": addr_es, "mx": addr_mx, "it": addr_it, "nl": addr_nl, "pt": addr_pt, "br": addr_br, "pl": addr_pl,
            "tr": addr_tr, "id": addr_id}


def address(r, loc, lang, opt=""):
    one, block = ADDR_FMT[loc](r, lang)
    if "b" in opt:
        return "\n".join(block)
    s = ", ".join(one)
    return s.upper() if "u" in opt else s


# ----------------------------------------------------------------------------------------------------------
# Dates (birth dates behind a cue; event dates as decoys), in each locale's and language's forms
# ----------------------------------------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DMY_EN = {"uk", "ie", "au", "nz", "in", "ng", "za", "sg", "ke"}


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def fmt_date(r, dt, loc, lang, birth=True, opt=""):
    D, M, Y = dt.day, dt.month, dt.year
    if "iso" in opt:
        return dt.isoformat()
    if lang == "en":
        mon = MONTHS["en"][M - 1]
        if loc in ("us", "ph"):
            c = ["%02d/%02d/%d" % (M, D, Y), "%s %d, %d" % (mon, D, Y), "%d/%d/%d" % (M, D, Y), "%s %d, %d" % (mon[:3], D, Y)]
            if not birth:
                c += ["%s %d" % (mon, D), "%s, %s %d" % (DAYS_EN[dt.weekday()], mon, D)]
        elif loc == "ca":
            c = [dt.isoformat(), "%s %d, %d" % (mon, D, Y), "%02d/%02d/%d" % (D, M, Y)]
            if not birth:
                c += ["%s %d" % (mon, D)]
        else:
            c = ["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mon, Y), "%s %s %d" % (ordinal(D), mon, Y),
                 "%d %s %d" % (D, mon[:3], Y)]
            if loc in ("in", "sg"):
                c += ["%02d-%02d-%d" % (D, M, Y), "%02d-%s-%d" % (D, mon[:3], Y)]
            if not birth:
                c += ["%d %s" % (D, mon), "%s %d %s" % (DAYS_EN[dt.weekday()][:3], D, mon[:3]), "%s %s" % (ordinal(D), mon)]
        return r.choice(c)
    mon = MONTHS[lang][M - 1]
    if lang == "de":
        c = ["%02d.%02d.%d" % (D, M, Y), "%d. %s %d" % (D, mon, Y)]
    elif lang == "fr":
        c = ["%02d/%02d/%d" % (D, M, Y), "%s %s %d" % ("1er" if D == 1 else str(D), mon, Y)]
    elif lang == "es":
        c = ["%02d/%02d/%d" % (D, M, Y), "%d de %s de %d" % (D, mon, Y)]
    elif lang == "it":
        c = ["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mon, Y)]
    elif lang == "nl":
        c = ["%02d-%02d-%d" % (D, M, Y), "%d %s %d" % (D, mon, Y)]
    elif lang == "pt":
        c = ["%02d/%02d/%d" % (D, M, Y), "%d de %s de %d" % (D, mon, Y)]
    elif lang == "pl":
        c = ["%02d.%02d.%d" % (D, M, Y), "%d %s %d" % (D, mon, Y)]
    elif lang == "tr":
        c = ["%02d.%02d.%d" % (D, M, Y), "%d %s %d" % (D, mon, Y)]
    elif lang == "id":
        c = ["%02d-%02d-%d" % (D, M, Y), "%d %s %d" % (D, mon, Y), "%02d/%02d/%d" % (D, M, Y)]
    else:
        raise ValueError(lang)
    return r.choice(c)


def dob(r, loc, lang, opt=""):
    m = re.search(r"(\d{4})-(\d{4})", opt)
    if m:
        y0, y1 = int(m.group(1)), int(m.group(2))
    elif "child" in opt:
        y0, y1 = 2011, 2020
    elif "baby" in opt:
        y0, y1 = 2025, 2025
    elif "senior" in opt:
        y0, y1 = 1931, 1952
    else:
        y0, y1 = 1948, 2004
    dt = rand_date(r, y0, y1)
    if "baby" in opt:
        dt = rand_date(r, 2025, 2025)
        dt = datetime.date(2025, min(dt.month, 9), dt.day if dt.day <= 28 else 28)
    return fmt_date(r, dt, loc, lang, True, opt)


def event_date(r, loc, lang):
    return fmt_date(r, rand_date(r, 2024, 2026), loc, lang, False)


# ----------------------------------------------------------------------------------------------------------
# Card numbers (Luhn), IBANs (mod 97, national check digits where the scheme has them), SSN, NHS, IPs
# ----------------------------------------------------------------------------------------------------------
TEST_CARDS = {"4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "2223003122003222", "4000000000000002", "5200828282828210", "3530111333300000", "4917610000000000"}


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(r, prefix, length):
    body = prefix + d(r, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def card(r, opt=""):
    while True:
        k = r.random() if "amex" not in opt else 0.95
        if k < 0.45:
            num = luhn_complete(r, "4" + d1(r, 5, "0123456789"), 16)
        elif k < 0.65:
            num = luhn_complete(r, r.choice(["51", "52", "53", "54", "55"]), 16)
        elif k < 0.75:
            num = luhn_complete(r, str(r.randint(2221, 2720)), 16)
        elif k < 0.83:
            num = luhn_complete(r, r.choice(["6011", "65", "644", "647"]), 16)
        elif k < 0.88:
            num = luhn_complete(r, str(r.randint(3528, 3589)), 16)
        else:
            num = luhn_complete(r, r.choice(["34", "37"]), 15)
        if num in TEST_CARDS or len(set(num)) < 5:
            continue
        break
    if len(num) == 15:
        return r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (num[:4], num[4:10], num[10:])
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return r.choice([" ".join(g), " ".join(g), "-".join(g), num])


def iban_finish(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch)
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def bban(r, cc):
    if cc == "GB":
        bank, sc = r.choice([("NWBK", "60"), ("NWBK", "50"), ("BARC", "20"), ("LOYD", "30"), ("LOYD", "77"),
                             ("HBUK", "40"), ("MIDL", "40"), ("ABBY", "09"), ("MONZ", "04")])
        return bank + sc + d(r, 4) + d(r, 8)
    if cc == "IE":
        bank, sc = r.choice([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")])
        return bank + sc + d(r, 4) + d(r, 8)
    if cc == "DE":
        return r.choice(["10050000", "37050198", "50010517", "20040000", "70020270", "12030000", "43060967",
                         "76050101"]) + d(r, 10)
    if cc == "FR":
        bank = r.choice(["30004", "30003", "30002", "10278", "20041", "11306", "18206"])
        branch, acct = d(r, 5), d(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + "%02d" % key
    if cc == "ES":
        bank = r.choice(["2100", "0049", "0182", "0081", "0128", "2038", "3058"])
        branch, acct = d(r, 4), d(r, 10)
        return bank + branch + "%d%d" % (es_dc("00" + bank + branch), es_dc(acct)) + acct
    if cc == "IT":
        abi = r.choice(["03069", "02008", "05034", "03111", "01030", "05696"])
        cab, acct = d(r, 5), d(r, 12)
        return it_cin(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"])
        while True:
            acct = r.choice("0123456789") + d(r, 9)
            if sum(int(a) * (10 - i) for i, a in enumerate(acct)) % 11 == 0:
                return bank + acct
    if cc == "PT":
        bank = r.choice(["0035", "0033", "0010", "0036", "0018", "0007"])
        body = bank + d(r, 4) + d(r, 11)
        return body + "%02d" % (98 - (int(body) * 100) % 97)
    if cc == "PL":
        pre = r.choice(["1020", "1090", "1140", "1050", "1240", "1160"]) + d(r, 3)
        chk = (10 - sum(int(a) * b for a, b in zip(pre, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return pre + str(chk) + d(r, 16)
    if cc == "TR":
        return r.choice(["00010", "00062", "00064", "00046", "00067", "00111"]) + "0" + d(r, 16)
    if cc == "BE":
        ten = d(r, 10)
        c = int(ten) % 97 or 97
        return ten + "%02d" % c
    raise ValueError(cc)


IBAN_CC = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL",
           "tr": "TR"}


def iban(r, loc, opt=""):
    cc = opt.upper() if opt and len(opt) == 2 else IBAN_CC.get(loc) or r.choice(["GB", "IE", "DE", "NL", "FR", "BE"])
    while True:
        s = iban_finish(cc, bban(r, cc))
        if s not in ("GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000"):
            break
    assert iban_valid(s)
    if "c" in opt or r.random() < 0.3:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if s in ("078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789"):
            continue
        return s if r.random() < 0.85 else s.replace("-", " ")


def nhs(r):
    while True:
        body = str(r.randint(4, 7)) + d(r, 8)
        c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = body + str(c)
        return r.choice(["%s %s %s", "%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])


def nhs_ok(s):
    n = re.sub(r"\D", "", s)
    c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(n[:9])) % 11
    return len(n) == 10 and (0 if c == 11 else c) == int(n[9])


def public_ipv4(r):
    while True:
        a, b, c, e = r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        if a in (10, 127) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31):
            continue
        if (a == 192 and b == 168) or (a == 192 and b == 0 and c in (0, 2)) or (a == 198 and b in (18, 19)):
            continue
        if (a == 198 and b == 51 and c == 100) or (a == 203 and b == 0 and c == 113) or (a == 192 and b == 88 and c == 99):
            continue
        return "%d.%d.%d.%d" % (a, b, c, e)


V6_PREFIX = ["2a02:c7c", "2a00:23c5", "2600:1700", "2601:6c0", "2405:201", "2001:8003", "2a01:4b00", "2402:800",
             "2c0f:f4c0", "2406:3003", "2a02:8084", "2804:14c"]


def public_ipv6(r):
    p = r.choice(V6_PREFIX)
    rest = [("%x" % r.randint(0, 0xffff)) for _ in range(8 - p.count(":") - 1)]
    return p + ":" + ":".join(rest)


# ----------------------------------------------------------------------------------------------------------
# Secrets
# ----------------------------------------------------------------------------------------------------------
B32 = UP + "234567"
URLSAFE = ALNUM + "-_"
PW_WORDS = ("lantern pickle orbit marigold kettle otter harbour sparrow copper velvet thistle meadow basalt quokka "
            "mango juniper falcon cobalt pebble tundra biscuit nimbus walnut saffron puffin glacier").split()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def password(r, mode=""):
    sym = {"url": "-_~!*", "conn": "!@#%^*-_+=?", "shell": "@#%^_+=-"}.get(mode, "!@#$%^&*-_+=?")
    k = r.random()
    if k < 0.3:
        w = r.choice(PW_WORDS)
        s = w.capitalize() + r.choice(sym) + d(r, r.choice([2, 3, 4]))
    elif k < 0.5:
        s = "%s%s%s%s%s" % (r.choice(PW_WORDS).capitalize(), r.choice("-_"), r.choice(PW_WORDS), r.choice("-_"), d(r, 2))
    elif k < 0.65:
        s = r.choice(["Winter", "Summer", "Spring", "Autumn", "Welcome", "Monday", "Harbour"]) + str(r.randint(2019, 2026)) + r.choice(sym)
    else:
        s = r.choice(UP) + rs(r, r.randint(11, 19), ALNUM + sym) + r.choice(DIG)
    return s


def jwt(r):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = r.randint(1704067200, 1767225600)
    pl = r.choice([
        {"sub": str(r.randint(100000, 9999999)), "role": r.choice(["admin", "service", "editor"]), "iat": iat, "exp": iat + 3600},
        {"iss": "https://auth." + r.choice(["corvane.io", "tallowmere.com", "quillstone.dev"]), "aud": "api", "scope": "read:orders write:orders", "iat": iat},
        {"sub": "svc-" + rs(r, 6, LO + DIG), "tenant": rs(r, 8, LO), "iat": iat, "exp": iat + 86400},
    ])
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(rbytes(r, 32 if hdr["alg"] == "HS256" else 64))])


# P-256 (for EC private keys whose embedded public key matches the private scalar)
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(P, Q):
    p = P256_P
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def der_len(n):
    return bytes([n]) if n < 128 else bytes([0x81, n])


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def ec_key(r, pkcs8=False):
    k = r.randrange(1, P256_N)
    X, Y = ec_mul(k, P256_G)
    assert (Y * Y - (X ** 3 - 3 * X + P256_B)) % P256_P == 0
    priv = k.to_bytes(32, "big")
    pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    oid_curve = bytes.fromhex("06082a8648ce3d030107")
    pubbits = b"\xa1\x44\x03\x42\x00" + pub
    if not pkcs8:
        body = b"\x02\x01\x01" + b"\x04\x20" + priv + b"\xa0\x0a" + oid_curve + pubbits
        return pem("EC PRIVATE KEY", b"\x30" + der_len(len(body)) + body)
    inner = b"\x02\x01\x01" + b"\x04\x20" + priv + pubbits
    inner = b"\x30" + der_len(len(inner)) + inner
    alg = b"\x06\x07" + bytes.fromhex("2a8648ce3d0201") + oid_curve
    body = b"\x02\x01\x00" + b"\x30" + der_len(len(alg)) + alg + b"\x04" + der_len(len(inner)) + inner
    return pem("PRIVATE KEY", b"\x30" + der_len(len(body)) + body)


# Ed25519 (for an OpenSSH private key whose public half is derived from the seed)
ED_Q = 2 ** 255 - 19
ED_D = -121665 * pow(121666, ED_Q - 2, ED_Q) % ED_Q
ED_I = pow(2, (ED_Q - 1) // 4, ED_Q)


def ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, ED_Q - 2, ED_Q)
    x = pow(xx, (ED_Q + 3) // 8, ED_Q)
    if (x * x - xx) % ED_Q:
        x = x * ED_I % ED_Q
    if x % 2:
        x = ED_Q - x
    return x


ED_BY = 4 * pow(5, ED_Q - 2, ED_Q) % ED_Q
ED_B = (ed_xrecover(ED_BY), ED_BY)


def ed_add(P, Q):
    (x1, y1), (x2, y2) = P, Q
    t = ED_D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, ED_Q - 2, ED_Q) % ED_Q,
            (y1 * y2 + x1 * x2) * pow(1 - t, ED_Q - 2, ED_Q) % ED_Q)


def ed_mul(e, P):
    R = (0, 1)
    while e:
        if e & 1:
            R = ed_add(R, P)
        P = ed_add(P, P)
        e >>= 1
    return R


def ed_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = ed_mul(a, ED_B)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ssh_str(b):
    if isinstance(b, str):
        b = b.encode()
    return len(b).to_bytes(4, "big") + b


def openssh_ed25519(r, comment):
    seed = rbytes(r, 32)
    pk = ed_pub(seed)
    pub_blob = ssh_str("ssh-ed25519") + ssh_str(pk)
    chk = rbytes(r, 4)
    priv = chk + chk + ssh_str("ssh-ed25519") + ssh_str(pk) + ssh_str(seed + pk) + ssh_str(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + ssh_str("none") + ssh_str("none") + ssh_str(b"") + (1).to_bytes(4, "big") + \
        ssh_str(pub_blob) + ssh_str(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def k_google(r):
    return "AIza" + rs(r, 35, URLSAFE)


GENERIC_KEYS = {
    "google": k_google,
    "sendgrid": lambda r: "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE),
    "glpat": lambda r: "glpat-" + rs(r, 20, URLSAFE),
    "npm": lambda r: "npm_" + rs(r, 36),
    "hf": lambda r: "hf_" + rs(r, 34),
    "mailgun": lambda r: "key-" + rs(r, 32, HEX),
    "shopify": lambda r: "shpat_" + rs(r, 32, HEX),
    "do": lambda r: "dop_v1_" + rs(r, 64, HEX),
    "brevo": lambda r: "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16),
    "hex32": lambda r: rs(r, 32, HEX),
    "telegram": lambda r: d1(r, 10, "1234567") + ":AA" + rs(r, 33, URLSAFE),
    "discord_hook": lambda r: "https://discord.com/api/webhooks/" + d1(r, 19, "1") + "/" + rs(r, 68, URLSAFE),
    "azure": lambda r: rs(r, 86, ALNUM + "+/") + "==",
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 120, URLSAFE),
    "linear": lambda r: "lin_api_" + rs(r, 40),
    "postman": lambda r: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX),
    "notion": lambda r: "ntn_" + rs(r, 46),
    "datadog": lambda r: rs(r, 32, HEX),
    "twilio_key": lambda r: "SK" + rs(r, 32, HEX),
    "cloudflare": lambda r: rs(r, 40, URLSAFE),
    "square": lambda r: "EAAA" + rs(r, 60, URLSAFE),
}
GENERIC_ANY = ["google", "sendgrid", "glpat", "npm", "hf", "mailgun", "shopify", "do", "brevo", "telegram", "linear",
               "postman", "notion", "square"]


def secret(r, name):
    """-> (type, value)"""
    if name in GENERIC_KEYS:
        return "GENERIC_API_KEY", GENERIC_KEYS[name](r)
    if name == "generic_any":
        return "GENERIC_API_KEY", GENERIC_KEYS[r.choice(GENERIC_ANY)](r)
    if name == "aws_id":
        return "AWS_ACCESS_KEY", r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, B32)
    if name == "aws_secret":
        return "AWS_SECRET_KEY", rs(r, 40, ALNUM + "/+")
    if name == "ghp":
        return "GITHUB_TOKEN", r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)
    if name == "gh_pat":
        return "GITHUB_TOKEN", "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    if name == "openai":
        if r.random() < 0.65:
            return "OPENAI_API_KEY", "sk-proj-" + rs(r, 124, URLSAFE) + "T3BlbkFJ" + rs(r, 24, URLSAFE)
        if r.random() < 0.5:
            return "OPENAI_API_KEY", "sk-svcacct-" + rs(r, 100, URLSAFE) + "T3BlbkFJ" + rs(r, 24, URLSAFE)
        return "OPENAI_API_KEY", "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    if name == "anthropic":
        return "ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"
    if name == "slack_bot":
        return "SLACK_TOKEN", "xoxb-" + d1(r, 12, "123456789") + "-" + d1(r, 13, "123456789") + "-" + rs(r, 24)
    if name == "slack_user":
        return "SLACK_TOKEN", "xoxp-" + d1(r, 12, "123456789") + "-" + d1(r, 12, "123456789") + "-" + \
            d1(r, 13, "123456789") + "-" + rs(r, 32, HEX)
    if name == "slack_app":
        return "SLACK_TOKEN", "xapp-1-A0" + rs(r, 9, UP + DIG) + "-" + d1(r, 13, "123456789") + "-" + rs(r, 64, HEX)
    if name == "slack_hook":
        return "SLACK_TOKEN", "https://hooks.slack.com/services/T0" + rs(r, 8, UP + DIG) + "/B0" + rs(r, 9, UP + DIG) + \
            "/" + rs(r, 24)
    if name == "stripe":
        if r.random() < 0.6:
            return "STRIPE_KEY", r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(r, 97)
        return "STRIPE_KEY", r.choice(["sk_live_", "rk_live_"]) + rs(r, 24)
    if name == "whsec":
        return "STRIPE_KEY", "whsec_" + rs(r, 32)
    if name == "jwt":
        return "JWT", jwt(r)
    if name == "pem_ec":
        return "PRIVATE_KEY", ec_key(r, pkcs8=r.random() < 0.5)
    if name == "ssh_ed":
        return "PRIVATE_KEY", openssh_ed25519(r, r.choice(["deploy", "ci@build", "backup", "gitlab-runner"]))
    if name == "pw":
        return "PASSWORD", password(r)
    if name == "pw_url":
        return "PASSWORD", password(r, "url")
    if name == "pw_conn":
        return "PASSWORD", password(r, "conn")
    if name == "pw_shell":
        return "PASSWORD", password(r, "shell")
    raise KeyError(name)


# ----------------------------------------------------------------------------------------------------------
# Decoys: look-alikes that are not personal data or secrets
# ----------------------------------------------------------------------------------------------------------
WORK_DOMAINS = {
    "us": ["corvane.com", "quillstone.io", "marrowgate.com", "bluefernhealth.org", "ridgelinefreight.com", "halvorsen-law.com"],
    "uk": ["harbourline.co.uk", "tallowmere.com", "wrenfield.org.uk", "kestrelwood.co.uk", "ashcombe-lettings.co.uk"],
    "ca": ["northvale.ca", "maplecrest-dental.ca", "lakeshoretitle.ca"],
    "au": ["bluegumlogistics.com.au", "saltbush.com.au", "coralway.com.au"],
    "nz": ["kahikatea.co.nz", "southerlyworks.co.nz"],
    "ie": ["glenmoredata.ie", "ardmorepartners.ie"],
    "in": ["vistaraanalytics.in", "neelkanthsoft.com", "sahyadritech.co.in"],
    "ng": ["oakridge-ng.com", "lagoonbridge.com.ng"],
    "za": ["fynbosdigital.co.za", "karooline.co.za"],
    "sg": ["merlionworks.sg", "straitsbay.com.sg"],
    "ph": ["banyanbpo.ph", "sampaguitasolutions.com"],
    "ke": ["savannahpay.co.ke", "riftvalleyagri.co.ke"],
    "de": ["lindenwerk.de", "nordhafen-it.de"], "fr": ["atelier-garonne.fr", "brisemer.fr"],
    "es": ["olivarsoluciones.es", "marcantabrico.es"], "mx": ["nopalsoft.mx"], "it": ["vigneto-studio.it", "portoferro.it"],
    "nl": ["polderdata.nl", "grachtwerk.nl"], "pt": ["azulejo-digital.pt"], "br": ["ipe-tecnologia.com.br"],
    "pl": ["wislasoft.pl"], "tr": ["bosforyazilim.com.tr"], "id": ["nusantaradigital.co.id"],
}
PERSONAL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com", "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com", "live.co.uk"],
    "ca": ["gmail.com", "hotmail.ca", "outlook.com", "yahoo.ca", "rogers.com", "shaw.ca", "videotron.ca"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com"], "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"], "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"], "sg": ["gmail.com", "singnet.com.sg", "hotmail.com"],
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph"], "ke": ["gmail.com", "yahoo.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "mx": ["gmail.com", "hotmail.com", "outlook.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"], "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "tr": ["gmail.com", "hotmail.com", "yandex.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
}
ORGS = ["Fernhill Analytics", "Bramble & Co", "Stonebridge Capital", "Harbourside Surgery", "Calder Valley Vets",
        "Northgate Opticians", "Brightside Physio", "Lakeshore Dental", "Redwater Lettings", "Kestrel Insurance"]
ROLES = ["support", "help", "info", "billing", "accounts", "careers", "jobs", "privacy", "dpo", "hello", "noreply",
         "no-reply", "newsdesk", "security", "abuse", "orders", "returns", "bookings", "enquiries", "reception",
         "payroll", "hr", "sales", "press", "team", "admissions", "office"]


def dom_for(r, loc):
    return r.choice(WORK_DOMAINS.get(loc) or WORK_DOMAINS["us"])


def amount(r, loc, lang):
    v = r.choice([r.randint(5, 99) + r.choice([0, 0.5, 0.99, 0.25]), r.randint(100, 2999) + r.choice([0, 0.5, 0.99]),
                  r.randint(12, 450)])
    whole = int(v)
    cents = int(round((v - whole) * 100))

    def en(sym, dec=True):
        s = "{:,}".format(whole)
        return sym + s + (".%02d" % cents if dec or cents else "")

    def eu(sep_th=".", dec=","):
        s = "{:,}".format(whole).replace(",", sep_th)
        return s + dec + "%02d" % cents
    return {
        "us": lambda: en("$", cents != 0), "uk": lambda: en("£", cents != 0), "ca": lambda: en(r.choice(["$", "C$"]), True),
        "au": lambda: en("$", cents != 0), "nz": lambda: en("NZ$", True), "ie": lambda: en("€", cents != 0),
        "in": lambda: "₹" + ("{:,}".format(whole * 10)), "ng": lambda: "₦" + "{:,}".format(whole * 100),
        "za": lambda: "R" + "{:,}".format(whole).replace(",", " ") + (",%02d" % cents if cents else ""),
        "sg": lambda: en("S$", True), "ph": lambda: en("₱", True), "ke": lambda: "KSh " + "{:,}".format(whole * 10),
        "de": lambda: eu() + " €", "fr": lambda: eu(" ") + " €", "es": lambda: eu() + " €", "it": lambda: "€ " + eu(),
        "nl": lambda: "€ " + eu(), "pt": lambda: eu(" ") + " €", "br": lambda: "R$ " + eu(), "mx": lambda: en("$", True) + " MXN",
        "pl": lambda: eu(" ") + " zł", "tr": lambda: eu() + " TL", "id": lambda: "Rp" + "{:,}".format(whole * 1000).replace(",", "."),
    }[loc]()


def time_s(r, loc, lang):
    h, m = r.randint(7, 21), r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if loc in ("us", "ph", "ca", "au", "in") and lang == "en":
        h12 = h % 12 or 12
        return r.choice(["%d:%02d %s" % (h12, m, "PM" if h >= 12 else "AM"), "%d:%02d%s" % (h12, m, "pm" if h >= 12 else "am"),
                         "%d:%02d %s" % (h12, m, "p.m." if h >= 12 else "a.m.")]) if m or r.random() < 0.5 else \
            "%d%s" % (h12, "pm" if h >= 12 else "am")
    if lang == "fr":
        return "%dh%02d" % (h, m) if m else "%dh" % h
    if lang == "en" and r.random() < 0.3:
        h12 = h % 12 or 12
        return "%d.%02d%s" % (h12, m, "pm" if h >= 12 else "am") if m else "%d%s" % (h12, "pm" if h >= 12 else "am")
    return "%02d:%02d" % (h, m)


def tracking(r, loc):
    k = r.random()
    if loc in ("uk", "ie") and k < 0.6:
        return r.choice(UP) + r.choice(UP) + d(r, 9) + "GB"
    if loc in ("us", "ca") and k < 0.5:
        return "1Z" + rs(r, 6, UP + DIG) + d(r, 10)
    if loc == "us" and k < 0.8:
        return "9400 " + " ".join(d(r, 4) for _ in range(4)) + " " + d(r, 2)
    if loc == "nl" and k < 0.6:
        return "3S" + rs(r, 4, UP) + d(r, 7)
    if loc == "au" and k < 0.6:
        return "33" + rs(r, 3, UP) + d(r, 7)
    return r.choice([d(r, 10), d(r, 14), "JD" + d(r, 18), r.choice(UP) + r.choice(UP) + d(r, 9) + r.choice(["DE", "FR", "PL", "TR", "ID", "BR"])])


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def private_ip(r):
    k = r.random()
    if k < 0.4:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.7:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))


def doc_ip(r):
    return "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(1, 254))


def doc_ip6(r):
    return "2001:db8:" + ":".join("%x" % r.randint(0, 0xffff) for _ in range(r.choice([1, 2]))) + "::" + "%x" % r.randint(1, 0xfff)


def test_phone(r, loc):
    if loc in ("us", "ca"):
        a = r.choice(NANP_AREAS[loc])
        return r.choice(["(%s) 555-01%02d", "%s-555-01%02d"]) % (a, r.randint(0, 99))
    if loc == "uk":
        return r.choice(["07700 900%03d" % r.randint(0, 999), "020 7946 0%03d" % r.randint(0, 999),
                         "0161 496 0%03d" % r.randint(0, 999)])
    if loc == "au":
        return r.choice(["0491 570 006", "0491 570 156", "0491 571 266", "0491 572 549", "0491 573 770", "0491 578 888",
                         "(02) 5550 %04d" % r.randint(0, 9999), "(03) 7010 %04d" % r.randint(0, 9999)])
    if loc == "fr":
        return "06 39 98 %02d %02d" % (r.randint(0, 99), r.randint(0, 99))
    return "(555) 555-01%02d" % r.randint(0, 99)


def org_phone(r, loc):
    if loc in ("us", "ca"):
        return r.choice(["1-800", "1-888", "1-877", "1-866", "1 (844)"]) + "-%s-%s" % (d1(r, 3), d(r, 4)) if r.random() < 0.7 else \
            "(800) %s-%s" % (d1(r, 3), d(r, 4))
    return {
        "uk": lambda: r.choice(["0800 %s %s" % (d1(r, 3), d(r, 4)), "0345 %s %s" % (d1(r, 3), d(r, 4)), "0300 %s %s" % (d1(r, 3), d(r, 4))]),
        "au": lambda: r.choice(["1300 %s %s" % (d1(r, 3), d(r, 3)), "1800 %s %s" % (d1(r, 3), d(r, 3)), "13 %s %s" % (d1(r, 2), d(r, 2))]),
        "nz": lambda: "0800 %s %s" % (d1(r, 3), d(r, 3)), "ie": lambda: "1800 %s %s" % (d1(r, 3), d(r, 3)),
        "in": lambda: "1800-%s-%s" % (d1(r, 3), d(r, 4)), "de": lambda: "0800 %s %s" % (d1(r, 3), d(r, 4)),
        "fr": lambda: "0 800 %s %s %s" % (d(r, 2), d(r, 2), d(r, 2)), "es": lambda: "900 %s %s" % (d(r, 3), d(r, 3)),
        "it": lambda: "800 %s %s" % (d(r, 3), d(r, 3)), "nl": lambda: "0800-%s" % d(r, 4),
        "sg": lambda: "1800 %s %s" % (d1(r, 3), d(r, 4)), "ph": lambda: "1-800-10-%s-%s" % (d(r, 3), d(r, 4)),
        "za": lambda: "0860 %s %s" % (d(r, 3), d(r, 3)), "ng": lambda: "0700 %s %s" % (d(r, 3), d(r, 4)),
        "ke": lambda: "0800 %s %s" % (d(r, 3), d(r, 3)), "br": lambda: "0800 %s %s" % (d(r, 3), d(r, 4)),
        "pt": lambda: "800 %s %s" % (d(r, 3), d(r, 3)), "pl": lambda: "800 %s %s" % (d(r, 3), d(r, 3)),
        "tr": lambda: "444 %s %s" % (d(r, 2), d(r, 2)), "id": lambda: "1500%s" % d(r, 3), "mx": lambda: "800 %s %s" % (d(r, 3), d(r, 4)),
    }[loc]()


def salary(r, loc):
    k = r.randint
    return {"us": lambda: "$%d,000" % k(65, 185), "ca": lambda: "$%d,000" % k(60, 150), "uk": lambda: "£%dk" % k(32, 95),
            "au": lambda: "$%d,000 + super" % k(80, 170), "nz": lambda: "$%d,000" % k(65, 140), "ie": lambda: "€%d,000" % k(38, 110),
            "in": lambda: "₹%d LPA" % k(8, 45), "ng": lambda: "₦%d,000/month" % (k(40, 150) * 10), "za": lambda: "R%d 000 per month" % k(25, 90),
            "sg": lambda: "S$%d,000/month" % k(5, 14), "ph": lambda: "₱%d,000/month" % k(35, 150), "ke": lambda: "KSh %d,000/month" % k(120, 450),
            }.get(loc, lambda: "€%d.000" % k(35, 90))()


def isbn13(r):
    body = r.choice(["978", "979"]) + d(r, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    s = body + str(c)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


DECOY_GEN = {
    "order_id": lambda r, l, g: r.choice(["#" + d1(r, 7), "ORD-" + d1(r, 7), "%s-%s-%s" % (d1(r, 3), d(r, 7), d(r, 7)),
                                          "A" + rs(r, 8, UP + DIG), "SO-2025-%05d" % r.randint(1, 99999), "#W" + d(r, 9)]),
    "ticket_id": lambda r, l, g: r.choice(["INC0" + d(r, 6), "OPS-" + d1(r, r.choice([3, 4])), "SUP-" + d1(r, 4),
                                           "#" + d1(r, 5), "ZD-" + d1(r, 6), "CS" + d(r, 8), "HELP-" + d1(r, 4)]),
    "tracking_no": lambda r, l, g: tracking(r, l),
    "invoice_no": lambda r, l, g: r.choice(["INV-2025-%04d" % r.randint(1, 9999), "INV" + d1(r, 6), "F2025/%04d" % r.randint(1, 999),
                                            "%d-%05d" % (r.randint(2024, 2026), r.randint(1, 99999))]),
    "rma": lambda r, l, g: "RMA-" + d1(r, 6),
    "booking_ref": lambda r, l, g: rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "seat": lambda r, l, g: "%d%s" % (r.randint(1, 42), r.choice("ABCDEF")),
    "time": lambda r, l, g: time_s(r, l, g),
    "po_no": lambda r, l, g: r.choice(["PO-" + d1(r, 5), "4500" + d(r, 6), "PO" + d1(r, 6)]),
    "case_no": lambda r, l, g: r.choice(["CS-" + d1(r, 7), "0" + d1(r, 7), "CAS-%05d-%s" % (r.randint(1, 99999), rs(r, 4, UP + DIG))]),
    "otp": lambda r, l, g: d1(r, 6, "123456789"),
    "claim_no": lambda r, l, g: r.choice(["CLM-" + d1(r, 8), "CL/%d/%05d" % (r.randint(2024, 2026), r.randint(1, 99999)), "HC" + d1(r, 7)]),
    "policy_no": lambda r, l, g: r.choice(["POL" + d1(r, 8), "HH-%s-%s" % (d(r, 4), d(r, 4)), "MTR" + d1(r, 7)]),
    "meter": lambda r, l, g: r.choice(["Z" + d(r, 8), "E%02dZ%s" % (r.randint(10, 99), d(r, 6)), "S" + d(r, 10)]),
    "num": lambda r, l, g: str(r.randint(12, 98765)),
    "version": lambda r, l, g: r.choice(["v%d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 20)),
                                         "%d.%d.%d" % (r.randint(0, 12), r.randint(0, 40), r.randint(0, 30)),
                                         "%d.%d.%d-rc.%d" % (r.randint(1, 4), r.randint(0, 9), 0, r.randint(1, 4))]),
    "build_no": lambda r, l, g: "#" + d1(r, 4),
    "git_sha": lambda r, l, g: rs(r, r.choice([7, 7, 8, 40]), HEX),
    "sha256": lambda r, l, g: rs(r, 64, HEX),
    "uuid": lambda r, l, g: uuid4(r),
    "mac": lambda r, l, g: ":".join(rs(r, 2, HEX) for _ in range(6)),
    "private_ip": lambda r, l, g: private_ip(r),
    "loopback_ip": lambda r, l, g: r.choice(["127.0.0.1", "::1", "127.0.1.1"]),
    "container_id": lambda r, l, g: rs(r, 12, HEX),
    "cve": lambda r, l, g: "CVE-%d-%d" % (r.randint(2023, 2025), r.randint(1000, 52000)),
    "etag": lambda r, l, g: rs(r, r.choice([16, 32]), HEX),
    "example_email": lambda r, l, g: r.choice(["user", "someone", "test.user", "jdoe", "name", "you", "customer"]) +
    r.choice(["", "", str(r.randint(1, 99))]) + "@" + r.choice(["example.com", "example.org", "example.net", "test.example"]),
    "doc_ip": lambda r, l, g: doc_ip(r),
    "doc_ip6": lambda r, l, g: doc_ip6(r),
    "test_card": lambda r, l, g: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444",
                                           "4000 0566 5566 5556", "3782 822463 10005", "6011 1111 1111 1117"]),
    "test_phone": lambda r, l, g: test_phone(r, l),
    "event_date": lambda r, l, g: event_date(r, l, g),
    "amount": lambda r, l, g: amount(r, l, g),
    "org_email": lambda r, l, g: r.choice(ROLES) + "@" + dom_for(r, l),
    "org_phone": lambda r, l, g: org_phone(r, l),
    "issue_no": lambda r, l, g: "#" + d1(r, r.choice([3, 4])),
    "timestamp": lambda r, l, g: r.choice(["%sT%02d:%02d:%02dZ", "%s %02d:%02d:%02d"]) % (
        rand_date(r, 2024, 2026).isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
    "syslog_ts": lambda r, l, g: "%s %2d %02d:%02d:%02d" % (r.choice("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()),
                                                            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
    "image": lambda r, l, g: r.choice(["nginx:1.27-alpine", "postgres:16.3", "redis:7.2.5", "node:20-bookworm-slim",
                                       "python:3.12-slim", "grafana/grafana:11.1.0"]),
    "sku": lambda r, l, g: r.choice(["SKU-%s-%s" % (d(r, 4), rs(r, 3, UP)), d1(r, 8), "%s-%s-%s" % (rs(r, 2, UP), d(r, 4), rs(r, 3, UP))]),
    "batch": lambda r, l, g: "B" + d1(r, 5),
    "card_last4": lambda r, l, g: d(r, 4),
    "card_expiry": lambda r, l, g: "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)),
    "cust_id": lambda r, l, g: d1(r, r.choice([6, 7, 8])),
    "user_id": lambda r, l, g: d1(r, r.choice([5, 6, 7, 8])),
    "emp_id": lambda r, l, g: r.choice(["E", "EMP", "S"]) + d1(r, 5),
    "pid": lambda r, l, g: d1(r, r.choice([3, 4, 5, 6])),
    "port": lambda r, l, g: str(r.randint(1025, 65000)),
    "year": lambda r, l, g: str(r.randint(2009, 2022)),
    "incident_no": lambda r, l, g: d1(r, 5),
    "docket": lambda r, l, g: "CR-%d-%06d" % (r.randint(24, 25), r.randint(1, 99999)),
    "ref": lambda r, l, g: r.choice(["DPS" + d1(r, 8), "REF-" + rs(r, 6, UP + DIG), d1(r, 9)]),
    "short_url": lambda r, l, g: "https://rvw.to/" + rs(r, 6),
    "internal_host": lambda r, l, g: r.choice(["corp.internal", "prod.local", "svc.cluster.local", "int.lan"]),
    "dom": lambda r, l, g: dom_for(r, l),
    "org": lambda r, l, g: r.choice(ORGS),
    "unit": lambda r, l, g: r.choice(["2B", "14", "301", "7A", "12", "4C"]),
    "house_no": lambda r, l, g: str(r.randint(2, 99)),
    "ext": lambda r, l, g: d1(r, 4, "2345"),
    "score": lambda r, l, g: "%d–%d" % (r.randint(0, 4), r.randint(0, 3)),
    "publishable_key": lambda r, l, g: "pk_live_" + rs(r, 24),
    "account_sid": lambda r, l, g: "AC" + rs(r, 32, HEX),
    "mongohash": lambda r, l, g: rs(r, 5, LO + DIG),
    "gcp_proj": lambda r, l, g: r.choice(["orders-prod", "acme-analytics", "field-app"]) + "-" + d1(r, 6),
    "org_slug": lambda r, l, g: r.choice(["harbourline", "corvane", "quillstone", "tallowmere"]),
    "repo": lambda r, l, g: r.choice(["platform/infra", "web/checkout", "mobile/app", "data/pipelines"]),
    "isbn": lambda r, l, g: isbn13(r),
    "flight": lambda r, l, g: r.choice(["BA", "EI", "QF", "AI", "SQ", "PR", "KQ", "LH", "AF"]) + str(r.randint(11, 1999)),
    "percent": lambda r, l, g: "%d%%" % r.randint(2, 95),
    "salary": lambda r, l, g: salary(r, l),
    "pr_no": lambda r, l, g: "#" + d1(r, 4),
    "build": lambda r, l, g: "#" + d1(r, 4),
    "region": lambda r, l, g: r.choice(["eu-west-2", "ap-southeast-2", "us-east-1", "ca-central-1"]),
    "city": lambda r, l, g: r.choice({"us": ["Chicago", "Denver", "Atlanta"], "uk": ["Leeds", "Bristol", "Glasgow"],
                                      "in": ["Pune", "Chennai", "Hyderabad"], "au": ["Brisbane", "Perth"],
                                      "ca": ["Calgary", "Halifax"], "ie": ["Galway", "Limerick"], "ng": ["Abuja", "Ibadan"],
                                      "za": ["Durban", "Pretoria"], "sg": ["Jurong East", "Tampines"],
                                      "ph": ["Cebu City", "Davao"], "ke": ["Mombasa", "Kisumu"], "nz": ["Hamilton", "Dunedin"]}.get(l, ["Lisbon", "Rotterdam"])),
}


# ----------------------------------------------------------------------------------------------------------
# E-mail addresses made from a person's name
# ----------------------------------------------------------------------------------------------------------
def email_for(r, p, loc, work=False):
    first = slug(p.given.split()[0] if " " in p.given and r.random() < 0.5 else p.given)
    last = slug(p.surname.split()[-1] if r.random() < 0.3 else p.surname)
    if work:
        dom = dom_for(r, loc)
        local = r.choice(["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s.%s" % (first[0], last), first,
                          "%s.%s" % (first, last)])
    else:
        dom = r.choice(PERSONAL_DOMAINS[loc])
        yy = str(r.randint(70, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
        local = r.choice(["%s.%s" % (first, last), "%s%s" % (first, last), "%s%s" % (first[0], last),
                          "%s_%s" % (first, last), "%s.%s%s" % (first, last, yy), "%s%s" % (first, yy),
                          "%s.%s" % (last, first), "%s%s%s" % (first, last[0], yy), "%s-%s" % (first, last)])
    return local + "@" + dom


# ----------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------
SLOT = re.compile("⟨([^⟨⟩]+)⟩")
PSLOT = re.compile(r"^(PSF|PU|GU|SU|PL|PR|PI|PA|EW|UN|P|G|S|g|E)(\d)(?::([\w,]+))?$")
BAD_EDGE = set(" \t\n'\"‘’“”«».,;:")


def lit(s):
    return s.replace("⏎", "\n").replace("⇥", "\t")


class Doc:
    def __init__(self):
        self.parts, self.n, self.spans, self.decoys = [], 0, [], []

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, typ, val):
        assert typ in PII or typ in SECRET, typ
        self.spans.append((self.n, self.n + len(val), typ, val))
        self.add(val)

    def decoy(self, kind, val):
        self.decoys.append((self.n, self.n + len(val), kind, val))
        self.add(val)

    def finish(self, fid):
        text = "".join(self.parts)
        tb = text.encode("utf-8")
        assert len(text) <= MAX_CHARS, (fid, len(text), text)

        def rec(items, key):
            out = []
            for cs, ce, t, v in items:
                assert text[cs:ce] == v, (fid, v)
                bs = len(text[:cs].encode("utf-8"))
                be = bs + len(v.encode("utf-8"))
                assert tb[bs:be].decode("utf-8") == v, (fid, v)
                assert v and v.strip() == v, (fid, repr(v))
                out.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, key: t, "value": v})
            return out
        for cs, ce, t, v in self.spans:
            assert v[0] not in BAD_EDGE and v[-1] not in BAD_EDGE, (fid, t, repr(v))
        allr = sorted([(s[0], s[1]) for s in self.spans + self.decoys])
        for a, b in zip(allr, allr[1:]):
            assert a[1] <= b[0], (fid, "overlap", text)
        return text, rec(self.spans, "type"), rec(self.decoys, "kind")


def person_constraints(text):
    cons = collections.defaultdict(list)
    for m in SLOT.finditer(text):
        pm = PSLOT.match(m.group(1))
        if pm and pm.group(3):
            cons[pm.group(2)] += pm.group(3).split(",")
    return cons


def render(r, frame, loc, lang):
    text = frame["text"]
    doc = Doc()
    people, used = {}, set()
    cons = person_constraints(text)
    ploc = "ca_fr" if (loc == "ca" and lang == "fr") else loc

    def person(i):
        if i not in people:
            people[i] = make_person(r, ploc, used, cons.get(i, []))
        return people[i]
    pos = 0
    for m in SLOT.finditer(text):
        doc.add(lit(text[pos:m.start()]))
        pos = m.end()
        body = m.group(1)
        pm = PSLOT.match(body)
        if pm:
            form, idx = pm.group(1), pm.group(2)
            p = person(idx)
            if form == "E":
                if not p.email:
                    p.email = email_for(r, p, loc)
                doc.span("EMAIL_ADDRESS", p.email)
                continue
            if form == "EW":
                if not p.work_email:
                    p.work_email = email_for(r, p, loc, work=True)
                doc.span("EMAIL_ADDRESS", p.work_email)
                continue
            v = {"P": p.full, "G": lambda: p.given, "S": lambda: p.surname, "g": lambda: p.given.lower(),
                 "PU": lambda: p.full().upper(), "GU": lambda: p.given.upper(), "SU": lambda: p.surname.upper(),
                 "PL": lambda: p.full().lower(), "PR": lambda: "%s, %s" % (p.surname, p.given),
                 "PSF": lambda: "%s %s" % (p.surname.upper(), p.given), "PI": lambda: "%s. %s" % (p.given[0], p.surname),
                 "PA": lambda: fold(p.full()), "UN": lambda: slug(p.given)}[form]()
            doc.span("PERSON", v)
            continue
        head, _, opt = body.partition(":")
        if body.startswith("="):
            doc.add(lit(r.choice(body[1:].split("|"))))
        elif body.startswith("!"):
            kind, eq, opts = body[1:].partition("=")
            if eq:
                val = lit(r.choice(opts.split("|")))
            else:
                val = DECOY_GEN[kind](r, loc, lang)
            doc.decoy(kind, val)
        elif head == "K":
            t, v = secret(r, opt)
            doc.span(t, v)
        elif head == "PH":
            doc.span("PHONE_NUMBER", phone(r, loc, opt))
        elif head == "A":
            doc.span("STREET_ADDRESS", address(r, loc, lang, opt))
        elif head == "DOB":
            doc.span("DATE_OF_BIRTH", dob(r, loc, lang, opt))
        elif head == "CC":
            doc.span("CREDIT_CARD", card(r, opt))
        elif head == "IBAN":
            doc.span("IBAN_CODE", iban(r, loc, opt))
        elif head == "SSN":
            doc.span("US_SSN", ssn(r))
        elif head == "NHS":
            doc.span("UK_NHS", nhs(r))
        elif head == "IP":
            doc.span("IP_ADDRESS", public_ipv4(r))
        elif head == "IP6":
            doc.span("IP_ADDRESS", public_ipv6(r))
        elif head == "EM":
            p = make_person(r, ploc, used, [])
            doc.span("EMAIL_ADDRESS", email_for(r, p, loc, work="w" in opt))
        elif head == "n":
            doc.add(d1(r, int(opt), "123456789"))
        else:
            raise KeyError((frame["id"], body))
    doc.add(lit(text[pos:]))
    return doc


# ----------------------------------------------------------------------------------------------------------
# Hand-written frames. "@@" lines set category (per / pub / sec), register (kind), locales and language.
# ----------------------------------------------------------------------------------------------------------
FRAMES_PER = r'''
@@ cat=per kind=cs_transcript loc=en
Agent: You're through to billing, who am I speaking with?⏎Caller: It's ⟨P1⟩, but the account's in my partner's name, ⟨P2⟩.⏎Agent: No problem. Best number to reach you on?⏎Caller: ⟨PH:m⟩.
[14:02] Customer: hi my parcel never came, it's under ⟨P1⟩⏎[14:03] ⟨G2⟩ (Agent): Sorry to hear that! Can you confirm the delivery address for me?⏎[14:05] Customer: ⟨A⟩
Caller disputes a double charge on the card ending ⟨!card_last4⟩; identified as ⟨P1⟩, DOB ⟨DOB⟩, passed two-step security.
You: can I change the name on booking ⟨!booking_ref⟩ from ⟨P1⟩ to ⟨P2⟩?⏎⟨!bot_name=Ava|Nova|Sam⟩ (virtual assistant): I can help with that! A name change costs ⟨!amount⟩.
Account note: ⟨G1⟩ rang for the account holder, ⟨P2⟩, but isn't on the authority list, so nothing was disclosed. Asked that ⟨G2⟩ call us from ⟨PH⟩ to add them.
Transcript 00:03:12 — Customer: "it's ⟨PL1⟩, all lower case on the app, and the email's ⟨E1⟩"
Thanks for contacting us, ⟨G1⟩. Your complaint is now with ⟨P2⟩ in Customer Relations, who'll call you on ⟨PH⟩ within 48 hours. Case ⟨!case_no⟩.
Rep: Could you spell the surname for me?⏎Caller: ⟨S1⟩. First name ⟨G1⟩.⏎Rep: Lovely, and are you still at ⟨A⟩?⏎Caller: Yep.
Live chat⏎⟨G1⟩: can someone ring me back, been on hold 40 mins⏎Support (⟨G2⟩): Of course, what's the best number?⏎⟨G1⟩: ⟨PH:m⟩
Caller asked that we spell the name ⟨P1:d⟩, with the accents, on every letter from now on.
@@ cat=per kind=voicemail loc=en
Hi, this message is for ⟨P1⟩, it's ⟨G2⟩ from the surgery, nothing to worry about, just give us a ring back on ⟨PH:l⟩ when you get a chance. Thanks, bye.
Voicemail (0:42) from ⟨PH:m⟩: "hey it's ⟨G1⟩, um, I'm outside but the buzzer's not working, can you come down?"
Transcribed voicemail: "Good afternoon, ⟨P1⟩ speaking, I'm ringing about the two-bed you've got listed. Could someone call me back on ⟨PH⟩? Any time after four. Cheers."
New voicemail · ⟨P1⟩ · 1:12⏎"…it's about Saturday, ⟨G2⟩ can't do the early shift so I've swapped with ⟨G3⟩, hope that's alright"
Hiya love, it's Mum. Ring me when you land, ⟨G1⟩'s picking you up at arrivals, their mobile is ⟨PH:m⟩ if you can't get me.
Voicemail to text: hi this is ⟨P1⟩ calling from ⟨!org⟩ for ⟨P2⟩, we need to move Thursday's appointment, please call me back on my direct line ⟨PH:x⟩.
Voicemail: "Hi, ⟨P1⟩ here, tenant at ⟨A⟩. The boiler's packed in again and there's no hot water, can ⟨G2⟩ or whoever's on call ring me back please."
@@ cat=per kind=delivery_note loc=en
Left with neighbour at no. ⟨!house_no⟩ (⟨G1⟩), card through door.
Driver note: gate code not working, rang ⟨P1⟩ on ⟨PH:m⟩, no answer, parcel back to depot.
DELIVER TO: ⟨PU1⟩⏎⟨A:b⟩⏎Instructions: leave behind the green bin, dog is friendly
Safe place: porch. Signed for by ⟨G1⟩ at ⟨!time⟩, photo taken.
Your driver ⟨G1⟩ is on the way with the order for ⟨P2⟩ · ETA ⟨!time⟩ · Track ⟨!tracking_no⟩
Note from customer: "Please don't leave anything with ⟨P1⟩ at number ⟨!house_no⟩ again, I never got it back." Address on file: ⟨A⟩
RETURNED TO SENDER – address incomplete⏎Consignee: ⟨P1⟩⏎Tel: ⟨PH⟩⏎Reason: no flat number
@@ cat=per kind=school_msg loc=en
Hi all, ⟨G1⟩'s mum is collecting the Year 4 costumes on Friday — if you can't make it, text ⟨G2⟩ on ⟨PH:m⟩.
Dear Parents, we are delighted that ⟨P1⟩ (Class 3B) will represent the school at the regional spelling bee.
Absence: ⟨G1⟩ won't be in today, temperature of 38.5 overnight. ⟨P2⟩ (parent)
Trip consent⏎Pupil: ⟨P1⟩⏎Date of birth: ⟨DOB:child⟩⏎Emergency contact: ⟨P2⟩, ⟨PH⟩
Hi, it's ⟨G1⟩ (⟨G2⟩'s dad). Could ⟨G3⟩ come over for a playdate on Saturday? We're at ⟨A⟩.
Lost property: navy fleece with ⟨P1⟩ written on the label, please return it to the office.
Mrs ⟨S1:ws⟩ is off sick today, so ⟨G2⟩'s class will be with Mr ⟨S3⟩ until lunch.
@@ cat=per kind=property loc=en
Viewing booked Sat 10:30 — 2-bed flat, ⟨A⟩. Applicant ⟨P1⟩, ⟨PH⟩.
This tenancy agreement is made between ⟨P1⟩ ("the Landlord") and ⟨P2⟩ and ⟨P3⟩ ("the Tenants") for the property at ⟨A⟩.
Inspection note: tenant ⟨G1⟩ reports damp in the back bedroom again, photos on file. Update landlord ⟨P2⟩.
Bright three-bed semi, walking distance to ⟨!place=Victoria Park|Albert Road station|Prince Alfred Park⟩. Call ⟨P1⟩ on ⟨PH⟩ to arrange a viewing.
Arrears reminder⏎⟨P1⟩⏎⟨A:b⟩⏎Balance outstanding ⟨!amount⟩ as at ⟨!event_date⟩
Deposit protected⏎Tenant: ⟨PR1⟩⏎Property: ⟨A⟩⏎Scheme ref: ⟨!ref⟩
@@ cat=per kind=insurance_claim loc=en
Claimant ⟨P1⟩ states that on ⟨!event_date⟩ a branch from the neighbour's oak came down on the conservatory roof at ⟨A⟩.
Third party: ⟨P1⟩, ⟨PH⟩. Independent witness: ⟨P2⟩, who was waiting at the lights.
Policyholder: ⟨P1⟩ | DOB: ⟨DOB⟩ | Policy ⟨!policy_no⟩ | Claim type: escape of water, kitchen
I'm writing to dispute the excess on claim ⟨!claim_no⟩. Your adjuster, ⟨P1⟩, told me on the phone it would be waived. Regards, ⟨P2⟩
Pet claim: ⟨!pet_name=Biscuit|Luna|Mango|Pepper⟩ (cocker spaniel), owner ⟨P1⟩, vet invoice ⟨!invoice_no⟩ attached.
@@ cat=per kind=bank_dispute loc=en
I don't recognise a payment of ⟨!amount⟩ to ⟨!merchant=PAYPAL *GAMESHOP|AMZN MKTP|SQ *HARBOUR CAFE⟩ on my card ⟨CC⟩. Please block it and send me a new one. ⟨P1⟩
Chargeback request: cardholder ⟨P1⟩, card ⟨CC⟩, exp ⟨!card_expiry⟩, merchant refused a refund for a cancelled flight.
Re fraud case ⟨!case_no⟩: the caller pretending to be from your bank knew my name, ⟨P1⟩, and my old address, ⟨A⟩.
@@ cat=per kind=bank_dispute loc=uk,ie
Dispute form⏎Account holder: ⟨P1⟩⏎IBAN: ⟨IBAN⟩⏎Reason: duplicate direct debit
Hi, I transferred ⟨!amount⟩ to ⟨P1⟩ for a sofa off Marketplace and it never turned up. Their account was ⟨IBAN⟩. Can you recall it? ⟨G2⟩
New payee added: ⟨P1⟩ (⟨IBAN⟩). Not you? Call us on ⟨!org_phone⟩.
@@ cat=per kind=recruiter loc=en
Hi ⟨G1⟩, I came across your profile and think you'd be a great fit for a Senior Data Engineer role with one of our clients. Free for a quick call this week? ⟨P2⟩, Talent Partner
Candidate: ⟨P1⟩ | Notice: 1 month | Current: ⟨!salary⟩ | Mobile: ⟨PH:m⟩ | Open to relocation
Panel feedback: ⟨G1⟩ interviewed well but ⟨P2⟩ had stronger stakeholder examples — offer to ⟨G2⟩.
Referred by ⟨P1⟩. Candidate ⟨P2⟩, reachable on ⟨E2⟩ or ⟨PH⟩.
Hey ⟨G1⟩! Saw you've just wrapped up at ⟨!org⟩, congrats. I'm hiring for a platform team in ⟨!city⟩, remote-friendly. Fancy a chat? — ⟨G2⟩
@@ cat=per kind=cv loc=en
⟨PU1⟩⏎⟨A⟩ · ⟨PH⟩ · ⟨E1⟩⏎Registered nurse with eight years in acute care
References: ⟨P1⟩, Head of Finance, ⟨!org⟩ — ⟨EW1⟩
PERSONAL DETAILS⏎Name: ⟨P1⟩⏎Date of Birth: ⟨DOB⟩⏎Nationality: ⟨=Kenyan|Filipino|Irish|Indian|Nigerian|British⟩⏎Mobile: ⟨PH⟩
⟨P1⟩ — Curriculum Vitae⏎Languages: English (fluent), French (conversational)⏎Referee: ⟨P2⟩, ⟨PH⟩
2019–2023 BSc Computer Science, ⟨!org=University of Leeds|McGill University|University of Lagos|Monash University⟩ — dissertation supervised by Dr ⟨S1⟩
@@ cat=per kind=clinic_intake loc=en
New patient⏎Name: ⟨P1⟩⏎DOB: ⟨DOB⟩⏎Registered GP: Dr ⟨S2⟩⏎Allergies: penicillin
Patient ⟨P1⟩ (born ⟨DOB⟩) came in with ⟨P2⟩, their carer and next of kin, ⟨PH⟩.
Dear Dr ⟨S1⟩, thank you for seeing ⟨P2⟩, DOB ⟨DOB⟩, of ⟨A⟩, regarding persistent knee pain.
Reminder for ⟨G1⟩: physio with ⟨P2⟩ on ⟨!event_date⟩ at ⟨!time⟩. Reply C to cancel.
Dr ⟨S1:ws⟩ is running about 40 minutes behind; ⟨G2⟩ has been offered the 4:15 instead.
@@ cat=per kind=clinic_intake loc=uk
NHS no. ⟨NHS⟩ — ⟨P1⟩, three-day history of sore throat; seen by ⟨G2⟩ (ANP).
@@ cat=per kind=clinic_intake loc=us
Intake kiosk: FIRST NAME ⟨GU1⟩ | LAST NAME ⟨SU1⟩ | SSN ⟨SSN⟩ | INSURANCE: self-pay
@@ cat=per kind=recruiter loc=us
Onboarding checklist for ⟨P1⟩: I-9 done, W-4 received (SSN ⟨SSN⟩), direct deposit form still missing. Start date ⟨!event_date⟩.
@@ cat=per kind=ai_prompt loc=us
Can you sanity-check my 1040 draft? Primary: ⟨P1⟩, SSN ⟨SSN⟩. Spouse: ⟨P2⟩, SSN ⟨SSN⟩. We moved to ⟨A⟩ in June.
@@ cat=per kind=cs_transcript loc=us
Agent verified the caller with last name ⟨S1⟩ and SSN ⟨SSN⟩ before discussing the balance.
@@ cat=per kind=property loc=us
Rental application — Applicant: ⟨P1⟩ · SSN: ⟨SSN⟩ · Current address: ⟨A⟩ · Employer: ⟨!org⟩
@@ cat=per kind=insurance_claim loc=us
Member ⟨P1⟩ (SSN ⟨SSN⟩) is appealing the denied claim for the ER visit on ⟨!event_date⟩.
@@ cat=per kind=clinic_intake loc=uk
Repeat prescription request: ⟨P1⟩, NHS number ⟨NHS⟩, DOB ⟨DOB⟩, collecting from ⟨!org=Boots|the Co-op pharmacy|Lloyds Pharmacy⟩.
Discharge summary⏎Patient: ⟨PU1⟩   NHS: ⟨NHS⟩⏎GP: Dr ⟨S2⟩⏎Follow-up in fracture clinic in 2 weeks
@@ cat=per kind=ai_prompt loc=uk
Write a short letter to my GP surgery asking them to update the address for NHS number ⟨NHS⟩ to ⟨A⟩. Sign it from ⟨P1⟩.
@@ cat=per kind=sms loc=en
sent u the card details for the deposit: ⟨CC⟩ exp ⟨!card_expiry⟩, name on it is ⟨P1⟩
@@ cat=per kind=cs_transcript loc=en
Guarantee card for the booking: ⟨CC:amex⟩, cardholder ⟨PU1⟩. Guest ⟨P2⟩ arriving late, after ⟨!time⟩.
@@ cat=per kind=log_line loc=en
fraud-check: ⟨E1⟩ signed in from ⟨IP⟩ and ⟨IP6⟩ within 10 minutes, account ⟨!cust_id⟩ flagged for review
@@ cat=per kind=issue_tracker loc=en
Please unblock ⟨IP⟩, it's my home connection — ⟨P1⟩, accounts team. I got locked out after three tries.
@@ cat=per kind=volunteer_roster loc=en
Food bank rota, Sat: ⟨G1⟩ & ⟨G2⟩ (sorting), ⟨G3⟩ (van), ⟨P4⟩ (till). Keys are with ⟨G3⟩.
Marshals for the 10k: ⟨P1⟩ — mile 2 water station; ⟨P2⟩ — finish funnel; ⟨P3⟩ — first aid tent (⟨PH⟩).
Parkrun volunteers this week: ⟨P1⟩ (timekeeper), ⟨P2⟩ (tail walker), ⟨G3⟩ (barcode scanning). Thanks all!
Roster⏎Mon⇥⟨P1⟩⇥⟨PH⟩⏎Wed⇥⟨P2⟩⇥⟨PH⟩⏎Fri⇥⟨P3⟩⇥⟨PH⟩
Can anyone swap with ⟨G1:w⟩ on the 14th? They're at a wedding. Reply here or message ⟨G2⟩ directly.
@@ cat=per kind=newsletter loc=en
Congratulations to ⟨P1⟩ and ⟨P2⟩, who were married at ⟨!place=St Brigid's|St Columba's|St Aidan's⟩ on the 12th.
Under-12s: a brace from ⟨G1⟩ and a clean sheet for keeper ⟨P2⟩ saw us past ⟨!team=Rovers|Athletic|Wanderers⟩ 2–0.
Please keep ⟨P1⟩ and family in your prayers following ⟨G1⟩'s surgery this week.
Club captain ⟨P1⟩ would like to thank ⟨P2:x⟩ for ten years of running the bar.
Flower rota for Advent: ⟨PR1⟩; ⟨PR2⟩; ⟨PR3⟩.
Huge thanks to ⟨P1:w⟩ for baking two hundred scones for the summer fête!
@@ cat=per kind=newsletter loc=ie,uk
Subs are due! Please transfer to ⟨P1⟩ (treasurer), IBAN ⟨IBAN⟩, with your surname as the reference.
@@ cat=per kind=rsvp loc=en
RSVP⏎Name(s): ⟨P1⟩ + ⟨G2⟩⏎Attending: yes⏎Dietary: one vegan⏎Song request: ⟨!title=Mr. Brightside|Dancing Queen|September|Valerie⟩
So sorry, ⟨G1⟩ and I can't make the wedding on the 21st, we'll be in ⟨!city⟩. Lots of love, ⟨G2⟩
Table 7: ⟨P1⟩, ⟨P2⟩, ⟨P3⟩, ⟨P4⟩, ⟨P5⟩
Please reply to ⟨P1⟩ at ⟨E1⟩ by 1 June so we can confirm numbers with the caterer.
It's ⟨G1⟩'s 40th on Saturday at ours (⟨A⟩) from 7. Bring a bottle!
Together with their families, ⟨G1⟩ & ⟨G2⟩ invite you to celebrate their marriage. Kindly reply by text to ⟨PH:m⟩.
⟨P1:x⟩ + 1, arriving late from the airport, please save two plates
@@ cat=per kind=commit_msg loc=en
Fix timezone bug in invoice export⏎⏎Reported-by: ⟨P1⟩ <⟨EW1⟩>⏎Reviewed-by: ⟨P2⟩ <⟨EW2⟩>
Revert "log request bodies for ⟨UN1⟩'s debugging" — it was printing customer emails to stdout
Merge branch 'feature/⟨UN1⟩-address-autocomplete' into main
Handle empty postcode in checkout form⏎⏎Co-authored-by: ⟨P1⟩ <⟨E1⟩>
chore: remove ⟨P1⟩'s personal test account (⟨E1⟩) from the seed data
Author: ⟨P1⟩ <⟨EW1⟩>⏎Date:   ⟨!git_date=Tue Mar 4 16:12:09 2025 +0000|Fri Jan 17 09:41:55 2025 +0000|Wed Oct 8 11:03:27 2025 +0100⟩⏎⏎    Raise retry limit after ⟨G2⟩'s load test
Sort ⟨S1:d⟩ before ⟨S2⟩ in the staff directory (use locale-aware collation)
@@ cat=per kind=code_review loc=en
@⟨UN1⟩ can you look at this migration? ⟨G2⟩ says it locks the users table for ~40s on staging.
nit: please don't hard-code ⟨E1⟩ as the fallback recipient, read it from config
LGTM once ⟨G1⟩ signs off the copy. (⟨G2⟩, the fixture still has your real number, ⟨PH⟩ — swap it for a fake one.)
⟨P1⟩ requested changes: "seed_customers.sql has ⟨P2⟩'s actual home address in it (⟨A⟩), please scrub before merging"
@@ cat=per kind=issue_tracker loc=en
Assignee: ⟨P1⟩ · Reporter: ⟨P2⟩ · Priority: High⏎Sign-up rejects surnames with an apostrophe or a space, e.g. customer ⟨P3:x⟩.
Bug: CSV export drops the leading zero from phone numbers. Repro with customer #⟨!cust_id⟩, stored number ⟨PH⟩.
Escalated from support: ⟨P1⟩ (⟨E1⟩) can't reset their password, the reset mail bounces.
Sub-task of ⟨!ticket_id⟩ — owner ⟨P1⟩, QA ⟨P2⟩, due ⟨!event_date⟩
User report from ⟨E1⟩: "the app shows my name as ⟨PA1:d⟩ instead of ⟨P1⟩, please fix the accents"
@@ cat=per kind=slack_thread loc=en
⟨P1⟩  10:42 AM⏎does anyone know if ⟨G2⟩ is in today? need the keys for the comms room
@⟨G1⟩ pinging you since you're on call — ⟨P2⟩'s account is locked out again
⟨G1⟩: who's covering for ⟨G2⟩ while they're on leave?⏎⟨G3⟩: me until the 20th, then ⟨G4⟩
Reminder: ⟨P1⟩'s leaving drinks are Thursday at the ⟨!place=Red Lion|Crown & Anchor|Duke of Wellington|Lord Nelson⟩, from 5:30.
@channel a courier's at reception asking for ⟨G1⟩, anyone know their extension?⏎↳ ⟨G2⟩: try ⟨PH:x⟩
found ⟨G1⟩'s notebook in meeting room 4, their home address (⟨A⟩) is on the front, where should I leave it?
⟨P1⟩ changed the channel topic: "Q3 planning — owner ⟨G2:w⟩"
DM from ⟨G1⟩: "can you send me ⟨G2⟩'s mobile? lost it when my phone died" → sent ⟨PH:m⟩
Teams meeting notes — Attendees: ⟨P1⟩; ⟨P2⟩; ⟨P3⟩ (guest, ⟨E3⟩). Actions: ⟨G1⟩ to circulate the deck.
@⟨G1⟩ can you allow-list ⟨IP⟩ on the VPN? it's ⟨G2⟩'s home connection, they're working from there this week
⟨P1:t⟩ signed off the credit note, so the case can be closed.
@@ cat=per kind=sms loc=en
hey its ⟨g1⟩, new number btw, delete the old one
Your driver ⟨G1⟩ is arriving in a ⟨!product=white Toyota Prius|grey Kia Niro|silver Suzuki Swift⟩. Meet at the pickup point.
running late, tell ⟨g1⟩ to start without me x
Mum: did ⟨G1⟩ ring u about sunday?⏎Me: no whats happening⏎Mum: nan's 80th, at ⟨G2⟩'s
omw. u still at ⟨A⟩ or did u move??
can u send me ⟨g1⟩'s number pls⏎⏎⟨PH:m⟩ there u go
⟨!brand=Monzo|Revolut|Starling⟩: ⟨P1⟩ sent you ⟨!amount⟩ · "⟨=rent|dinner|sat tix|petrol⟩"
omg ⟨g1⟩ just proposed to ⟨g2⟩ at the match 😭😭
ur appt w/ ⟨G1⟩ at ⟨!org⟩ is tmrw ⟨!time⟩. reply Y to confirm, N to cancel
Thanks for visiting! Your stylist today was ⟨G1:w⟩. Rate your visit: ⟨!short_url⟩
tell ⟨g1:w⟩ the taxi's booked for 6, and ⟨g2⟩ owes me a tenner
@@ cat=per kind=marketplace loc=en
Hi, is this still available? I can collect today, I'm ⟨G1⟩ btw, my number is ⟨PH:m⟩
Seller: ⟨P1⟩ · Member since ⟨!year⟩⏎"Collection from ⟨A⟩, cash only please"
yes still got it, ⟨!amount⟩ firm. ask for ⟨G1⟩ at the front door, flat ⟨!unit⟩
Order for ⟨P1⟩: vintage ⟨!product=Ercol armchair|Kenwood Chef mixer|Le Creuset casserole⟩, posting to⏎⟨A:b⟩
Buyer ⟨G1⟩ didn't show up, second time this week. Reporting the profile "⟨P1⟩".
@@ cat=per kind=dating loc=en
⟨G1⟩, 29⏎Nurse · ⟨!place=Fitzroy|Clapham|Kilburn|Ponsonby⟩⏎"Looking for someone to lose to at the pub quiz"
haha ok ⟨G1⟩, here's my number ⟨PH:m⟩, text me x
Safety check-in: meeting ⟨P1⟩ at ⟨!place=the Crown on Wellington Street|Café Nero by the station|the Gloria Jean's on Elizabeth St⟩ at 8, their number is ⟨PH⟩.
@@ cat=per kind=incident_report loc=en
Incident ⟨!incident_no⟩: at approx. 23:10 officers attended ⟨A⟩ following a report from ⟨P1⟩ of a disturbance.
Complainant: ⟨P1⟩ (DOB ⟨DOB⟩)⏎Suspect: male, 30s, grey hoodie⏎Witness: ⟨P2⟩, ⟨PH⟩
Workplace incident: ⟨P1⟩ slipped on the loading dock; first aid given by ⟨P2⟩; reported to supervisor ⟨G3⟩ at 14:20.
Security log: ⟨P1⟩'s badge used at the rear door at 02:14 — ⟨G1⟩ confirmed it had been lent to ⟨G2⟩, who has been spoken to.
Statement of ⟨PU1⟩, taken by PC ⟨S2⟩: "I saw the van reverse into the bollard and drive off."
PC ⟨S1:ws⟩ attended, spoke to ⟨P2⟩ and gave words of advice to both parties.
@@ cat=per kind=court_listing loc=uk
Magistrates' Court — Court 3, 10:00⏎⟨PSF1⟩ (⟨=34|27|51|19⟩) of ⟨A⟩ — driving without insurance
@@ cat=per kind=court_listing loc=en
Case ⟨!case_no⟩: ⟨P1⟩ v ⟨P2⟩ — adjourned to ⟨!event_date⟩.
Cause list: ⟨PR1⟩ — bail application; ⟨PR2:x⟩ — sentence; ⟨PR3⟩ — mention
@@ cat=per kind=court_listing loc=us
People v. ⟨P1⟩, Docket No. ⟨!docket⟩ — arraignment set for 9:30 a.m. before Judge ⟨S2⟩.
@@ cat=per kind=obituary loc=en
⟨PU1⟩⏎⟨!years=1938 – 2024|1941 – 2025|1952 – 2024⟩⏎Peacefully at home. Much loved by ⟨G2⟩, ⟨G3⟩ and ⟨G4⟩ and all the family.
⟨P1⟩, born ⟨DOB:senior⟩ in ⟨!place=Ballina|Swansea|Dunedin|Kisumu⟩, passed away on ⟨!event_date⟩. Funeral at ⟨!place=St Patrick's|St Mary's|St Andrew's⟩, 11am.
⟨P1⟩ and ⟨G2⟩ are delighted to announce the arrival of ⟨G3⟩, born ⟨DOB:baby⟩, 7lb 2oz. Thank you to the midwives at ⟨!place=the Rosie|the Coombe|St Thomas'⟩.
The engagement is announced between ⟨P1⟩, son of ⟨P2⟩, and ⟨P3⟩, daughter of ⟨P4⟩.
Happy 90th to our Nan, ⟨P1⟩ — born ⟨DOB:1934-1935⟩ and still beating us all at cards. Love from ⟨G2⟩, ⟨G3⟩ and the kids.
Remembering ⟨P1⟩ ⟨!years=(1947–2019)|(1955–2021)|(1939–2020)⟩, three years today. Forever missed by ⟨G2⟩ & family.
After 32 years at the depot, ⟨P1⟩ hangs up the hi-vis on Friday. Cake in the canteen at 3, organised by ⟨G2⟩.
@@ cat=per kind=spreadsheet loc=en
Name⇥Team⇥Mobile⏎⟨P1⟩⇥Ops⇥⟨PH:m⟩⏎⟨P2⟩⇥Finance⇥⟨PH:m⟩
| Surname | First name | DOB |⏎|---|---|---|⏎| ⟨S1⟩ | ⟨G1⟩ | ⟨DOB⟩ |
A1: Customer  B1: Email  C1: Spend⏎A2: ⟨P1⟩  B2: ⟨E1⟩  C2: ⟨!amount⟩
Row 14: ⟨P1⟩, ⟨PH⟩, ⟨A⟩, PAID
Last, First, Ext⏎⟨S1⟩, ⟨G1⟩, ⟨!ext⟩⏎⟨S2⟩, ⟨G2⟩, ⟨!ext⟩
Staff ID⇥Name⇥Start date⏎⟨!emp_id⟩⇥⟨P1⟩⇥⟨!event_date⟩⏎⟨!emp_id⟩⇥⟨P2⟩⇥⟨!event_date⟩
@@ cat=per kind=json loc=en
{"customer": {"name": "⟨P1⟩", "phone": "⟨PH⟩", "tier": "gold"}}
{"event":"signup","user":{"id":⟨!user_id⟩,"email":"⟨E1⟩","display_name":"⟨G1⟩"}}
{"shipTo": {"fullName": "⟨P1⟩", "address": "⟨A⟩"}, "items": 3}
@@ cat=per kind=yaml loc=en
contacts:⏎  - name: ⟨P1⟩⏎    role: landlord⏎    phone: "⟨PH⟩"⏎  - name: ⟨P2⟩⏎    role: plumber
owner: ⟨UN1⟩⏎oncall_backup: ⟨P2⟩⏎escalation_email: ⟨EW2⟩
- patient: ⟨P1⟩⏎  dob: ⟨DOB:iso⟩⏎  ward: 7B
@@ cat=per kind=csv loc=en
id,first_name,last_name,email,signup_ip⏎⟨!user_id⟩,⟨G1⟩,⟨S1⟩,⟨E1⟩,⟨IP⟩
"name","date_of_birth","phone"⏎"⟨PR1⟩","⟨DOB⟩","⟨PH⟩"
@@ cat=per kind=sql loc=en
INSERT INTO guests (name, email, plus_one) VALUES ('⟨P1⟩', '⟨E1⟩', '⟨P2⟩');
UPDATE customers SET phone = '⟨PH⟩' WHERE full_name = '⟨P1⟩';
SELECT * FROM orders WHERE ship_to = '⟨A⟩';
-- dupe account for ⟨G1⟩, ok'd by ⟨G2⟩⏎DELETE FROM users WHERE email = '⟨E1⟩';
@@ cat=per kind=log_line loc=en
⟨!syslog_ts⟩ web01 sshd[⟨!pid⟩]: Accepted password for ⟨UN1⟩ from ⟨IP⟩ port ⟨!port⟩ ssh2
⟨!timestamp⟩ INFO checkout.completed order=⟨!order_id⟩ customer="⟨P1⟩" email=⟨E1⟩ ip=⟨IP⟩
⟨IP⟩ - ⟨UN1⟩ [04/Mar/2025:10:12:01 +0000] "GET /account/settings HTTP/1.1" 200 5120
WARN [mailer] bounce for ⟨E1⟩ (552 mailbox full), recipient name "⟨P1⟩"
audit user=⟨EW1⟩ action=export_contacts rows=⟨!num⟩ src=⟨IP6⟩
[PagerDuty] Incident ⟨!issue_no⟩ acknowledged by ⟨P1⟩ (escalated from ⟨P2⟩)
Security alert: new sign-in to ⟨E1⟩ from ⟨IP⟩ near ⟨!city⟩ — ⟨!product=Chrome on Windows|Safari on iPhone|Firefox on Ubuntu⟩
@@ cat=per kind=ai_prompt loc=en
Can you write a short, warm reference for my former colleague ⟨P1⟩? They were in my accounts payable team for three years.
Summarise this for me: "Hi, it's ⟨P1⟩ from flat ⟨!unit⟩, the lift has been broken for a week and my mum ⟨G2⟩ can't manage the stairs."
Put these in two columns, name | phone: ⟨P1⟩ ⟨PH⟩; ⟨P2⟩ ⟨PH⟩; ⟨P3⟩ ⟨PH⟩
My landlord ⟨P1⟩ won't return my deposit. Draft a firm but polite email to ⟨E1⟩ that cites the check-out inventory.
A customer called ⟨P1⟩ read me ⟨CC⟩ over the phone and it keeps declining. Did I copy it down wrong?
Write a birthday poem for ⟨G1⟩, who's turning 7 and loves dinosaurs, trains and their best friend ⟨G2⟩.
Fix the grammar: "me and ⟨G1⟩ was wondering if ⟨P2⟩ could move the meeting to friday"
Translate into Spanish for my cleaner ⟨G1⟩: "The spare key is with ⟨P2⟩ at number ⟨!house_no⟩."
I'm filling in a visa form for my dad, ⟨P1⟩, born ⟨DOB:senior⟩. Which box does his middle name go in?
@@ cat=per kind=ocr_form loc=en
APPLICANT  SURNAME :  ⟨SU1⟩      GIVEN  NAMES :  ⟨GU1⟩⏎D O B :  ⟨DOB⟩
N ame: ⟨P1⟩   Te1ephone: ⟨PH⟩   Emai1: ⟨E1⟩
Signature ____________   Print name: ⟨PU1⟩   Date: ⟨!event_date⟩
Next of kin ........ ⟨P1⟩⏎Relationship ........ sister⏎Contact no. ........ ⟨PH⟩
Address (block capitals): ⟨A:u⟩
SURNAME: ⟨SU1:x⟩   FORENAME(S): ⟨GU1⟩   TITLE: ⟨=MR|MS|MRS|DR⟩
@@ cat=per kind=ocr_form loc=uk
| Patient | ⟨PU1⟩ | | NHS No | ⟨NHS⟩ |
@@ cat=per kind=email loc=en
Hi ⟨G1⟩,⏎Just confirming ⟨P2⟩ will cover reception on the 3rd.⏎Best, ⟨G3⟩
From: ⟨P1⟩ <⟨E1⟩>⏎To: ⟨!org_email⟩⏎Subject: query on my last bill
Please find attached the signed form for ⟨P1⟩. If anything's missing, ⟨G2⟩ on ⟨PH:x⟩ can help.
Kind regards,⏎⟨P1⟩⏎Practice Manager⏎⟨PH:l⟩ | ⟨EW1⟩
I'm out of the office until Monday. For anything urgent please contact ⟨P1⟩ (⟨EW1⟩).
> On Tue, ⟨P1⟩ wrote:⏎> Is ⟨G2⟩ still OK to present?⏎Yes, confirmed with them this morning.
Thanks ⟨G1:w⟩, that's really helpful — I'll copy ⟨P2⟩ in when I send it round on Friday.
'''

FRAMES_PER_XX = r'''
@@ cat=per kind=sms lang=de
bin gleich da, sag ⟨G1⟩ bitte, dass der Schlüssel unter der Matte liegt
@@ cat=per kind=email lang=de
Hallo ⟨G1⟩,⏎anbei die Unterlagen für Frau ⟨S2⟩. Bei Rückfragen erreichst du mich unter ⟨PH⟩.⏎Viele Grüße⏎⟨G3⟩
@@ cat=per kind=property lang=de
Mieter: ⟨P1⟩, ⟨A⟩ – Wohnungsübergabe am ⟨!event_date⟩, Zählerstände gemeinsam mit Herrn ⟨S2⟩ abgelesen.
@@ cat=per kind=clinic_intake lang=de
Kontrolltermin für ⟨P1⟩, geb. ⟨DOB⟩; Überweisung von Dr. ⟨S2⟩ liegt vor.
@@ cat=per kind=bank_dispute lang=de
Hiermit widerspreche ich der Lastschrift vom ⟨!event_date⟩ über ⟨!amount⟩. Kontoinhaber: ⟨P1⟩, IBAN ⟨IBAN⟩.
@@ cat=per kind=delivery_note lang=de
Paket beim Nachbarn ⟨S1⟩ (Hausnr. ⟨!house_no⟩) abgegeben. Benachrichtigungskarte liegt im Briefkasten.
@@ cat=per kind=slack_thread lang=de
⟨P1⟩ hat den Kanal #einkauf verlassen.⏎⟨G2⟩: Wer gibt jetzt die Bestellungen frei?⏎⟨G3⟩: ab Montag ⟨P4⟩
@@ cat=per kind=newsletter lang=de
Der Verein gratuliert ⟨P1⟩ zum Vereinsrekord über 5000 m und ⟨P2⟩ zur bestandenen Trainerlizenz!
@@ cat=per kind=json lang=de
{"kunde": "⟨P1⟩", "telefon": "⟨PH⟩", "geburtsdatum": "⟨DOB⟩"}
@@ cat=per kind=sms lang=fr
coucou c'est ⟨g1⟩, tu peux récupérer ⟨G2⟩ à l'école à 16h30 ? je suis coincée au boulot
@@ cat=per kind=email lang=fr
Bonjour Madame ⟨S1⟩,⏎Suite à notre échange, je vous confirme le rendez-vous avec ⟨P2⟩ le ⟨!event_date⟩.⏎Cordialement,⏎⟨P3⟩⏎⟨PH⟩
@@ cat=per kind=property lang=fr
Locataire : ⟨PSF1⟩ — ⟨A⟩ — date de naissance : ⟨DOB⟩ — garant : ⟨P2⟩
@@ cat=per kind=school_msg lang=fr
Mot pour la maîtresse : ⟨G1⟩ ne pourra pas venir jeudi, rendez-vous chez l'orthophoniste. ⟨P2⟩
@@ cat=per kind=cs_transcript lang=fr
Conseiller : Pouvez-vous me confirmer votre adresse ?⏎Client : ⟨A⟩.⏎Conseiller : Merci, monsieur ⟨S1⟩.
@@ cat=per kind=insurance_claim lang=fr
Déclaration de sinistre : dégât des eaux chez ⟨P1⟩, ⟨A⟩, en provenance de l'appartement de M. ⟨S2⟩ au-dessus.
@@ cat=per kind=incident_report lang=fr
Main courante : ⟨P1⟩ signale le vol de son vélo devant le ⟨!place=lycée Victor-Hugo|collège Jules-Ferry|gymnase Marcel-Cerdan⟩ ; témoin : ⟨P2⟩, ⟨PH⟩.
@@ cat=per kind=sms lang=fr loc=ca
Salut ⟨G1⟩! ⟨G2⟩ pis moi on arrive vers 19 h, on apporte le dessert. Notre nouvelle adresse : ⟨A⟩
@@ cat=per kind=voicemail lang=fr loc=ca
Bonjour, c'est ⟨P1⟩, je vous appelle pour le logement annoncé près du ⟨!place=parc La Fontaine|marché Jean-Talon⟩, rappelez-moi au ⟨PH⟩, merci.
@@ cat=per kind=sms lang=es
oye, ¿le pasas mi número a ⟨G1⟩? es el ⟨PH:m⟩
@@ cat=per kind=email lang=es
Estimado Sr. ⟨S1⟩:⏎Le escribo en nombre de ⟨P2⟩ para solicitar una copia del contrato.⏎Atentamente,⏎⟨P3⟩
@@ cat=per kind=clinic_intake lang=es
Paciente: ⟨P1⟩ · Fecha de nacimiento: ⟨DOB⟩ · Acompañante: ⟨G2⟩ (hija)
@@ cat=per kind=property lang=es loc=es
Se alquila piso reformado en ⟨!place=Lavapiés|Ruzafa|Triana⟩. Preguntar por ⟨G1⟩ en el ⟨PH⟩, por las tardes.
@@ cat=per kind=marketplace lang=es
Hola ⟨G1⟩, soy ⟨G2⟩, te escribo por la bici. ¿Me la podrías enviar a ⟨A⟩? Te pago por ⟨!brand=Bizum|Mercado Pago⟩.
@@ cat=per kind=bank_dispute lang=es
No reconozco el cargo de ⟨!amount⟩ en mi tarjeta ⟨CC⟩. Titular: ⟨P1⟩.
@@ cat=per kind=delivery_note lang=es loc=mx
Favor de entregar a ⟨P1⟩ en ⟨A⟩. Tel. ⟨PH⟩. Horario de 9 a 14 h.
@@ cat=per kind=volunteer_roster lang=es
Turnos del comedor social: lunes ⟨G1⟩ y ⟨G2⟩; miércoles ⟨P3⟩; viernes ⟨P4⟩.
@@ cat=per kind=slack_thread lang=it
⟨G1⟩ mi ha detto che la riunione con l'avvocato ⟨S2⟩ è spostata a giovedì.
@@ cat=per kind=email lang=it
Gentile dott.ssa ⟨S1⟩,⏎le inoltro la richiesta di ⟨P2⟩ (⟨E2⟩).⏎Cordiali saluti,⏎⟨P3⟩
@@ cat=per kind=clinic_intake lang=it
Paziente ⟨PSF1⟩, nato/a il ⟨DOB⟩ a ⟨!place=Bari|Verona|Cagliari|Lecce⟩, residente in ⟨A⟩.
@@ cat=per kind=delivery_note lang=it
Consegnare a ⟨P1⟩, citofono ⟨SU1⟩, ⟨A⟩ — cell. ⟨PH:m⟩
@@ cat=per kind=school_msg lang=it
Avviso ai genitori: ⟨P1⟩ raccoglierà i moduli per la gita; per informazioni contattare ⟨G2⟩ al ⟨PH⟩.
@@ cat=per kind=newsletter lang=it
La parrocchia ringrazia ⟨P1⟩ e ⟨P2⟩ per l'organizzazione della festa di ⟨!public_figure=San Rocco|San Giuseppe|Sant'Antonio⟩.
@@ cat=per kind=sms lang=it
amo passo da ⟨G1⟩ a prendere le chiavi e arrivo, ci vediamo da ⟨G2⟩ alle 9
@@ cat=per kind=sms lang=nl
hoi ⟨g1⟩, kun jij ⟨G2⟩ vanmiddag ophalen? ik sta nog in de file
@@ cat=per kind=email lang=nl
Beste ⟨G1⟩,⏎Het huurcontract voor ⟨A⟩ is getekend door ⟨P2⟩.⏎Met vriendelijke groet,⏎⟨P3⟩
@@ cat=per kind=clinic_intake lang=nl
Cliënt: ⟨P1⟩, geboortedatum ⟨DOB⟩, huisarts dr. ⟨S2⟩
@@ cat=per kind=bank_dispute lang=nl
Terugboeking aangevraagd door ⟨P1⟩ (⟨IBAN⟩) voor de incasso van ⟨!amount⟩.
@@ cat=per kind=marketplace lang=nl
Is de kinderwagen nog beschikbaar? Ik ben ⟨G1⟩ en kan morgen langskomen, mijn nummer is ⟨PH⟩.
@@ cat=per kind=volunteer_roster lang=nl
Kantinedienst zaterdag: ⟨P1⟩ (9–12), ⟨P2⟩ (12–15), ⟨P3:x⟩ (15–18).
@@ cat=per kind=delivery_note lang=nl
Pakket afgegeven bij de buren op nummer ⟨!house_no⟩. Getekend door: ⟨P1⟩
@@ cat=per kind=sms lang=pt loc=br
oi ⟨g1⟩, a ⟨G2⟩ pediu pra vc ligar pra ela no ⟨PH⟩
@@ cat=per kind=email lang=pt loc=pt
Caro ⟨G1⟩,⏎Envio em anexo a procuração assinada por ⟨P2⟩.⏎Cumprimentos,⏎⟨P3⟩
@@ cat=per kind=clinic_intake lang=pt loc=br
Paciente: ⟨P1⟩ | Data de nascimento: ⟨DOB⟩ | Convênio: particular | Responsável: ⟨P2⟩
@@ cat=per kind=delivery_note lang=pt loc=br
Entregar para ⟨P1⟩ – ⟨A⟩ – deixar na portaria com o ⟨G2⟩
@@ cat=per kind=property lang=pt loc=pt
Arrendatário: ⟨P1⟩, residente na ⟨A⟩, contacto ⟨PH⟩.
@@ cat=per kind=newsletter lang=pt loc=br
Parabéns ao ⟨P1⟩ e à ⟨P2⟩ pelo casamento no último sábado! — Grupo de jovens da paróquia
@@ cat=per kind=bank_dispute lang=pt loc=pt
Solicito a devolução da transferência de ⟨!amount⟩ feita por engano para ⟨P1⟩, IBAN ⟨IBAN⟩.
@@ cat=per kind=sms lang=pl
hej, tu ⟨g1⟩, możesz odebrać ⟨G2⟩ ze szkoły? będę po 17
@@ cat=per kind=email lang=pl
Szanowni Państwo,⏎przesyłam dane do faktury: ⟨P1⟩, ⟨A⟩, tel. ⟨PH⟩.⏎Z poważaniem,⏎⟨P2⟩
@@ cat=per kind=clinic_intake lang=pl
Pacjent: ⟨P1⟩, data urodzenia ⟨DOB⟩, skierowanie od lek. ⟨P2⟩.
@@ cat=per kind=delivery_note lang=pl
Kurier: paczka zostawiona u sąsiada – ⟨P1⟩, mieszkanie ⟨!unit⟩.
@@ cat=per kind=slack_thread lang=pl
⟨G1⟩ jest dziś na L4, pilne sprawy proszę kierować do ⟨P2⟩ (⟨EW2⟩).
@@ cat=per kind=bank_dispute lang=pl
Proszę o zwrot przelewu na konto ⟨IBAN⟩, odbiorca: ⟨P1⟩.
@@ cat=per kind=newsletter lang=pl
Brązowy medal w turnieju juniorów zdobyli: ⟨P1⟩ i ⟨P2⟩. Gratulujemy!
@@ cat=per kind=sms lang=tr
⟨G1⟩ abi akşam geliyor musun? ⟨G2⟩ da burada
@@ cat=per kind=email lang=tr
Merhaba ⟨G1⟩ Hanım,⏎⟨P2⟩ ile toplantımız ⟨!event_date⟩ tarihine ertelendi.⏎İyi çalışmalar,⏎⟨P3⟩
@@ cat=per kind=clinic_intake lang=tr
Hasta: ⟨PSF1⟩ · Doğum tarihi: ⟨DOB⟩ · Tel: ⟨PH⟩
@@ cat=per kind=delivery_note lang=tr
Kargo ⟨A⟩ adresine teslim edildi, teslim alan: ⟨G1⟩ (komşu).
@@ cat=per kind=property lang=tr
Kiracı ⟨P1⟩ ile sözleşme ⟨!event_date⟩ tarihinde yenilendi; ev sahibi ⟨P2⟩, IBAN ⟨IBAN⟩.
@@ cat=per kind=slack_thread lang=tr
@⟨UN1⟩ müşteri ⟨P2⟩ yine aradı, iade hâlâ hesabına geçmemiş.
@@ cat=per kind=school_msg lang=tr
Sayın veliler, bu hafta nöbetçi öğretmenimiz ⟨P1⟩; acil durumlarda ⟨PH⟩ numarasından ulaşabilirsiniz.
@@ cat=per kind=sms lang=id
pak ⟨G1⟩, paketnya sudah saya titip ke satpam ya. makasih
@@ cat=per kind=email lang=id
Yth. Bapak ⟨P1⟩,⏎Terlampir jadwal wawancara dengan ⟨P2⟩.⏎Salam,⏎⟨P3⟩⏎⟨PH⟩
@@ cat=per kind=clinic_intake lang=id
Nama pasien: ⟨P1⟩, tanggal lahir ⟨DOB⟩, alamat ⟨A⟩.
@@ cat=per kind=marketplace lang=id
Kak ⟨G1⟩, barangnya masih ada? Saya mau COD di ⟨!place=Stasiun Sudirman|Mall Kelapa Gading|Taman Suropati⟩ besok.
@@ cat=per kind=volunteer_roster lang=id
Jadwal piket: Senin ⟨G1⟩, Selasa ⟨G2⟩, Rabu ⟨G3⟩, Kamis ⟨G4⟩.
@@ cat=per kind=delivery_note lang=id
Kirim ke: ⟨P1⟩⏎⟨A:b⟩⏎HP ⟨PH⟩
@@ cat=per kind=slack_thread lang=id
Mas ⟨G1⟩, tolong cek transfer dari ⟨P2⟩ ya, katanya sudah dikirim kemarin.
'''

FRAMES_PUB = r'''
@@ cat=pub kind=general_knowledge loc=en
⟨!public_figure=Chinua Achebe|Wole Soyinka|Chimamanda Ngozi Adichie⟩ is on this term's Year 11 reading list.
Intro lectures usually mention ⟨!public_figure=Ada Lovelace|Grace Hopper|Alan Turing⟩, and the handbook has a one-page biography.
Who was prime minister when ⟨!public_figure=Edmund Hillary⟩ and ⟨!public_figure=Tenzing Norgay⟩ reached the top of Everest?
⟨!public_figure=Nelson Mandela⟩ walked out of ⟨!place=Victor Verster Prison⟩ on ⟨!event_date=11 February 1990⟩.
⟨!public_figure=Marie Curie⟩ is still the only person to have won Nobel Prizes in two different sciences.
⟨!public_figure=Florence Nightingale⟩ was born on ⟨!public_dob=12 May 1820⟩ in ⟨!place=Florence⟩, hence the name.
Quiz night: which author created ⟨!title=Hercule Poirot|Miss Marple⟩? Answer: ⟨!public_figure=Agatha Christie⟩.
⟨!public_figure=José Rizal⟩'s novel ⟨!title=Noli Me Tángere⟩ is required reading in Philippine high schools.
⟨!public_figure=Lee Kuan Yew⟩ was Singapore's prime minister from 1959 to 1990.
⟨!public_figure=Wangari Maathai⟩ founded the Green Belt Movement in 1977.
⟨!public_figure=Mary Robinson⟩ became Ireland's first woman president in 1990.
@@ cat=pub kind=places_named loc=en
Turn left onto ⟨!place=Martin Luther King Jr. Blvd⟩, then right at ⟨!place=Lincoln Avenue⟩; the depot is on your left.
Flights into ⟨!place=Jomo Kenyatta International Airport⟩ are delayed this morning because of fog.
The night bus no longer stops at ⟨!place=Victoria Station⟩ after midnight.
⟨!place=Adeola Odeku Street⟩ will be closed for resurfacing this weekend; use ⟨!place=Ahmadu Bello Way⟩ instead.
Meet at the statue of ⟨!public_figure=Captain Cook⟩ in ⟨!place=Hyde Park⟩ at noon.
⟨!place=Mount Kosciuszko⟩ is Australia's highest peak at 2,228 m.
Parking on ⟨!place=Jan Smuts Avenue⟩ is restricted during the marathon.
⟨!place=Rizal Park⟩ hosts the Independence Day programme from 8 a.m.
We're on the corner of ⟨!place=Elizabeth Street⟩ and ⟨!place=Collins Street⟩, upstairs from the pharmacy.
Change at ⟨!place=King's Cross St Pancras⟩ for the ⟨!place=Victoria line⟩.
@@ cat=pub kind=brands loc=en
⟨!brand=Mary Brown's|Harvey's⟩ is giving away free fries on Mondays this month.
The ⟨!brand=John Lewis⟩ sale starts on Boxing Day.
⟨!brand=Marks & Spencer⟩ have brought back ⟨!product=Colin the Caterpillar⟩ in a lemon version.
Switched from ⟨!brand=Arnott's⟩ to ⟨!brand=Woolworths⟩ home-brand biscuits and honestly can't tell the difference.
⟨!brand=McDonald's⟩ and ⟨!brand=Wendy's⟩ both launched breakfast wraps this month.
Is ⟨!brand=Dr. Oetker⟩ yeast the same as ⟨!brand=Allinson's⟩?
⟨!brand=Jollibee⟩ is opening another branch in ⟨!place=Leicester Square|Sydney|Dubai⟩.
⟨!brand=Ted Baker|Paul Smith|Ben Sherman⟩ shirts are 30% off this weekend.
@@ cat=pub kind=titles_media loc=en
Book club is doing ⟨!title=Eleanor Oliphant Is Completely Fine|Olive Kitteridge|Normal People⟩ in March.
⟨!title=Jolene⟩ by ⟨!public_figure=Dolly Parton⟩ came on and the whole office sang along.
Tonight's set: ⟨!title=Mr. Blue Sky⟩, ⟨!title=Roxanne⟩, ⟨!title=Layla⟩, then ⟨!title=Delilah⟩ for the encore.
The kids want to watch ⟨!title=Paddington 2|Matilda|Moana⟩ again.
Just finished ⟨!title=Ted Lasso|Fleabag|Derry Girls⟩ and I'm not ok.
For homework read chapter 4 of ⟨!title=Things Fall Apart|Animal Farm|Of Mice and Men⟩.
Podcast tip: ⟨!title=Desert Island Discs⟩, the episode with ⟨!public_figure=David Attenborough|Kazuo Ishiguro⟩.
@@ cat=pub kind=products loc=en
Ask ⟨!product=Alexa|Siri⟩ to set a timer for 12 minutes.
The ⟨!product=Ford Ranger|Toyota Hilux⟩ was the best-selling ute again last year.
Is the ⟨!product=iPhone 16 Pro⟩ worth it if I'm coming from a ⟨!product=Galaxy S21⟩?
⟨!product=Moses basket⟩ and ⟨!product=Jumperoo⟩ for sale, collection only.
⟨!product=Cortana⟩ has been retired on Windows; ⟨!product=Copilot⟩ replaces it.
@@ cat=pub kind=company loc=en
⟨!org=Johnson & Johnson⟩ shares fell 2% after the ruling.
⟨!org=Dangote Group⟩ announced another refinery expansion.
⟨!org=Sainsbury's⟩ and ⟨!org=Morrisons⟩ have both cut the price of milk.
@@ cat=pub kind=ops_ids loc=en
Your order ⟨!order_id⟩ has been dispatched and should arrive by ⟨!event_date⟩.
Ticket ⟨!ticket_id⟩ has been merged into ⟨!ticket_id⟩; please reply on the original thread.
Tracking number ⟨!tracking_no⟩ — status: out for delivery.
Invoice ⟨!invoice_no⟩ for ⟨!amount⟩ is now 14 days overdue.
⟨!rma⟩ approved. Ship the unit back with the prepaid label.
Booking ref ⟨!booking_ref⟩ · seat ⟨!seat⟩ · gate closes ⟨!time⟩
PO ⟨!po_no⟩ approved on ⟨!event_date⟩, deliver to Warehouse 3.
Your verification code is ⟨!otp⟩. It expires in 10 minutes. Don't share it with anyone.
Parcel ⟨!tracking_no⟩ is being held at the ⟨!place=Mount Pleasant|Nine Elms|Heathrow Worldwide⟩ depot.
Meter ⟨!meter⟩ read on ⟨!event_date⟩: ⟨!num⟩ kWh.
@@ cat=pub kind=tech_strings loc=en
Bump ⟨!lib=lodash|axios|requests|serde⟩ from ⟨!version⟩ to ⟨!version⟩
Build ⟨!build_no⟩ passed on ⟨!git_sha⟩ (⟨!branch=main|release/2.4|develop⟩).
sha256 ⟨!sha256⟩  ⟨!filename=installer-arm64.dmg|agent-linux-x64.tar.gz|setup.exe⟩
Request ⟨!uuid⟩ took 842 ms (p99 budget 500 ms).
docker run -d -p 8080:80 ⟨!image⟩
DHCP: ⟨!mac⟩ was leased ⟨!private_ip⟩ for 24h.
Container ⟨!container_id⟩ exited with code 137 (OOMKilled).
Release ⟨!version⟩ fixes ⟨!cve⟩ in the XML parser.
@@ cat=pub kind=doc_examples loc=en
For example, POST {"email": "⟨!example_email⟩"} to /v1/subscribe.
Replace ⟨!doc_ip⟩ with your server's address in the config below.
Use the test card ⟨!test_card⟩ with any future expiry date and any CVC.
The docs' sample user is ⟨!placeholder_name=Jane Doe|John Q. Public|Joe Bloggs|Erika Mustermann⟩, ⟨!example_email⟩.
The walkthrough uses ⟨!placeholder_key=AKIAIOSFODNN7EXAMPLE⟩ as the access key id; it isn't a real key.
Dial ⟨!test_phone⟩ in the demo to hear the IVR menu.
Examples use the documentation prefix ⟨!doc_ip6⟩ so they never collide with real hosts.
Sample IBAN for testing the validator: ⟨!test_iban=GB82 WEST 1234 5698 7654 32⟩.
@@ cat=pub kind=news loc=en
⟨!public_figure=Keir Starmer⟩ visited a school in ⟨!place=Doncaster⟩ on ⟨!event_date⟩.
Chancellor ⟨!public_figure=Rachel Reeves⟩ will deliver the Budget on ⟨!event_date⟩.
President ⟨!public_figure=Bola Tinubu⟩ returned to ⟨!place=Abuja⟩ after the summit.
⟨!public_figure=Anthony Albanese⟩ met ⟨!public_figure=Christopher Luxon⟩ in ⟨!place=Wellington⟩ for trade talks.
President ⟨!public_figure=Cyril Ramaphosa⟩ signed the bill into law in ⟨!place=Pretoria⟩.
@@ cat=pub kind=weather loc=en
Storm ⟨!storm_name=Éowyn|Darragh|Bert⟩ brought gusts of 90 mph to ⟨!place=Galway|Mayo|Donegal⟩ overnight.
Hurricane ⟨!storm_name=Milton|Helene|Beryl⟩ is expected to strengthen before landfall later today.
Typhoon ⟨!storm_name=Kristine⟩ (international name ⟨!storm_name=Trami⟩) has left ⟨!place=Bicol⟩.
@@ cat=pub kind=sports loc=en
⟨!public_figure=Bukayo Saka⟩ is doubtful for the weekend after picking up a knock against ⟨!team=Brentford|Chelsea|Fulham⟩.
⟨!public_figure=Virat Kohli⟩ made 82 not out to seal the chase at ⟨!place=the MCG⟩.
⟨!public_figure=Faith Kipyegon⟩ broke the 1500 m world record in ⟨!place=Paris|Eugene|Florence⟩.
⟨!team=Leinster⟩ v ⟨!team=Munster⟩ kicks off at ⟨!time⟩ at the ⟨!place=Aviva Stadium⟩.
⟨!public_figure=Ash Barty⟩ is back on court for an exhibition doubles match.
⟨!team=Kaizer Chiefs⟩ have signed a striker from ⟨!team=Mamelodi Sundowns⟩.
@@ cat=pub kind=recipe loc=en
⟨!dish=Beef Wellington⟩ needs to rest for ten minutes before you slice it.
Top the ⟨!dish=pavlova⟩ with passionfruit and serve straight away.
A dash of ⟨!dish=Worcestershire sauce⟩ lifts a ⟨!dish=Bloody Mary⟩.
For a ⟨!dish=Shirley Temple⟩ you need ginger ale, grenadine and a cherry.
⟨!dish=Earl Grey⟩ panna cotta with ⟨!dish=peach Melba⟩ sauce.
@@ cat=pub kind=code_ident loc=en
⟨!code_ident=getCustomerFullName()⟩ now falls back to ⟨!code_ident=displayName⟩ when it's set.
Use ⟨!eponym=Dijkstra⟩'s algorithm here, the graph only has a few hundred nodes.
A ⟨!eponym=Bloom filter⟩ would cut the lookups; false positives are fine.
class ⟨!code_ident=AddressValidator⟩:⏎    def validate(self, line1, postcode): ...
The ⟨!eponym=Levenshtein⟩ distance between the two strings is 2, so flag them as possible duplicates.
const ⟨!code_ident=DEFAULT_SENDER⟩ = "⟨!org_email⟩";
Run ⟨!code_ident=make seed-users⟩ to create the ⟨!placeholder_name=alice⟩ and ⟨!placeholder_name=bob⟩ test accounts.
⟨!product=Jenkins⟩ failed the nightly again; the ⟨!product=Hudson⟩ plugin is deprecated.
@@ cat=pub kind=role_mailbox loc=en
Questions about your bill? Email ⟨!org_email⟩ or call ⟨!org_phone⟩.
Please send CVs to ⟨!org_email⟩ quoting the job reference.
This mailbox (⟨!org_email⟩) isn't monitored. Please don't reply.
Privacy requests: ⟨!org_email⟩, or write to the Data Protection Officer at our registered office.
Got a story? Contact the newsdesk at ⟨!org_email⟩ or on ⟨!org_phone⟩.
@@ cat=pub kind=name_word loc=en
⟨!name_word=Sterling⟩ slipped against the euro after the announcement.
⟨!name_word=Frost⟩ is forecast tonight, so bring the pots in.
⟨!name_word=Heather⟩ and gorse cover most of the hillside above the reservoir.
⟨!name_word=Patience⟩ please, the update takes about twenty minutes.
⟨!name_word=May⟩ we remind passengers to keep their belongings with them at all times.
⟨!name_word=Ginger⟩, garlic and chilli go in first, then the curry paste.
⟨!name_word=Chance⟩ of rain is 70% after lunch.
⟨!name_word=Lance⟩ the blister only if it's really painful, then cover it.
@@ cat=pub kind=school_msg loc=en
Reminder: school closes at 1pm on ⟨!event_date⟩ for staff training. Breakfast club runs as normal.
@@ cat=pub kind=newsletter loc=en
The ⟨!place=St Columba's|St Brigid's⟩ jumble sale raised ⟨!amount⟩ for the roof fund — thank you all!
@@ cat=pub kind=delivery_note loc=en
Left in safe place: behind the side gate, ⟨!time⟩.
@@ cat=pub kind=voicemail loc=en
"This is a message from ⟨!org⟩. Your prescription is ready to collect from the front desk."
@@ cat=pub kind=cs_transcript loc=en
Agent: Thanks for calling, you're through to returns.⏎Caller: Hi, I'm sending back order ⟨!order_id⟩.⏎Agent: Lovely, I can see it here.
@@ cat=pub kind=insurance_claim loc=en
Claims made between ⟨!event_date⟩ and ⟨!event_date⟩ are processed under the old excess.
@@ cat=pub kind=bank_dispute loc=en
We will never ask for your full PIN or password. If in doubt, hang up and call the number on the back of your card.
@@ cat=pub kind=recruiter loc=en
We're hiring: Senior Data Engineer, hybrid, ⟨!city⟩, ⟨!salary⟩ plus bonus. Apply through the careers page.
@@ cat=pub kind=clinic_intake loc=en
The clinic is closed on ⟨!event_date⟩. For urgent advice call ⟨!org_phone⟩.
@@ cat=pub kind=property loc=en
Spacious two-bed apartment, five minutes' walk to ⟨!place=Central Station|Wellington Station|Victoria Square⟩, ⟨!amount⟩ a month, available now.
@@ cat=pub kind=volunteer_roster loc=en
Volunteers needed for the beach clean-up on ⟨!event_date⟩; gloves and bags provided.
@@ cat=pub kind=rsvp loc=en
Please RSVP by ⟨!event_date⟩ using the link on your invitation.
@@ cat=pub kind=commit_msg loc=en
Fix off-by-one in pagination (closes ⟨!issue_no⟩)
@@ cat=pub kind=code_review loc=en
Could we move this regex into a module-level constant? It's compiled on every request.
@@ cat=pub kind=issue_tracker loc=en
⟨!ticket_id⟩: dark-mode toggle resets after updating to ⟨!version⟩
@@ cat=pub kind=slack_thread loc=en
@here the ⟨!place=Wellington|Victoria|Hamilton⟩ office wifi is down, IT are on it.
@@ cat=pub kind=sms loc=en
Your ⟨!brand=Domino's|Nando's|Chipotle⟩ order is out for delivery. Estimated arrival ⟨!time⟩.
@@ cat=pub kind=marketplace loc=en
Selling a ⟨!product=Dyson V11⟩, barely used, ⟨!amount⟩ ono, collection only.
@@ cat=pub kind=incident_report loc=en
Police are appealing for witnesses after a collision on ⟨!place=Wellington Road|Victoria Street|Nelson Street⟩ at around ⟨!time⟩ on ⟨!event_date⟩.
@@ cat=pub kind=court_listing loc=uk
Courts at ⟨!place=Southwark Crown Court⟩ will sit from 9:30 on ⟨!event_date⟩ because of building works.
@@ cat=pub kind=log_line loc=en
⟨!timestamp⟩ INFO healthcheck ok host=⟨!private_ip⟩ latency_ms=12
⟨!syslog_ts⟩ gw01 kernel: [UFW BLOCK] IN=eth0 SRC=⟨!doc_ip⟩ DST=⟨!private_ip⟩ PROTO=TCP DPT=22
⟨!timestamp⟩ WARN payment declined card=⟨!test_card⟩ env=sandbox
@@ cat=pub kind=json loc=en
{"status": "ok", "version": "⟨!version⟩", "uptime_s": ⟨!num⟩}
@@ cat=pub kind=yaml loc=en
replicas: 3⏎image: ⟨!image⟩⏎resources:⏎  limits:⏎    memory: 512Mi
@@ cat=pub kind=csv loc=en
sku,name,price⏎⟨!sku⟩,⟨!product=Wellington boots|Chelsea boots|Oxford shirt⟩,⟨!amount⟩
@@ cat=pub kind=sql loc=en
SELECT COUNT(*) FROM orders WHERE created_at > '⟨!timestamp⟩';
@@ cat=pub kind=spreadsheet loc=en
SKU⇥Product⇥Stock⏎⟨!sku⟩⇥⟨!product=Victoria sponge mix|Marie biscuits|Lincoln biscuits⟩⇥⟨!num⟩
@@ cat=pub kind=ai_prompt loc=en
Write a limerick about ⟨!public_figure=Henry VIII⟩ and his six wives.
Explain ⟨!eponym=Bayes' theorem⟩ as if I'm twelve.
Summarise the plot of ⟨!title=Romeo and Juliet⟩ in three sentences.
Generate five obviously fake customer names for a demo, in the style of ⟨!placeholder_name=Jane Doe⟩.
@@ cat=pub kind=ocr_form loc=en
FOR OFFICE USE ONLY⏎Received: ⟨!event_date⟩   Batch: ⟨!batch⟩
@@ cat=pub kind=dating loc=en
Profile tip: photos with your dog get 30% more likes.
@@ cat=pub kind=obituary loc=en
⟨!public_figure=Dame Maggie Smith⟩, star of ⟨!title=Downton Abbey⟩, has died aged 89.
The funeral of ⟨!public_figure=Queen Elizabeth II⟩ took place at ⟨!place=Westminster Abbey⟩ on ⟨!event_date=19 September 2022⟩.
@@ cat=pub kind=email loc=en
Hi all,⏎The office will be closed on ⟨!event_date⟩. Please send anything urgent to ⟨!org_email⟩.⏎Thanks,⏎The Facilities Team
@@ cat=pub kind=general_knowledge lang=de
⟨!public_figure=Johann Wolfgang von Goethe⟩ wurde in ⟨!place=Frankfurt am Main⟩ geboren.
@@ cat=pub kind=ops_ids lang=de
Ihre Bestellung ⟨!order_id⟩ wurde am ⟨!event_date⟩ versandt. Sendungsnummer: ⟨!tracking_no⟩.
@@ cat=pub kind=places_named lang=de
Die ⟨!place=Konrad-Adenauer-Straße⟩ ist wegen Bauarbeiten bis ⟨!event_date⟩ gesperrt.
@@ cat=pub kind=places_named lang=fr
Le ⟨!place=lycée Jean-Moulin⟩ sera fermé le ⟨!event_date⟩ pour travaux.
@@ cat=pub kind=general_knowledge lang=fr
⟨!public_figure=Victor Hugo⟩ a achevé ⟨!title=Les Misérables⟩ pendant son exil à Guernesey.
@@ cat=pub kind=ops_ids lang=fr
Votre colis ⟨!tracking_no⟩ est disponible en point relais jusqu'au ⟨!event_date⟩.
@@ cat=pub kind=places_named lang=es
La estación ⟨!place=Atocha-Almudena Grandes⟩ tendrá cortes este fin de semana.
@@ cat=pub kind=general_knowledge lang=es
⟨!public_figure=Gabriel García Márquez⟩ publicó ⟨!title=Cien años de soledad⟩ en 1967.
@@ cat=pub kind=ops_ids lang=es
Su pedido ⟨!order_id⟩ llegará entre el ⟨!event_date⟩ y el ⟨!event_date⟩.
@@ cat=pub kind=places_named lang=it
L'aeroporto ⟨!place=Leonardo da Vinci⟩ di Fiumicino segnala ritardi per la nebbia.
@@ cat=pub kind=general_knowledge lang=it
⟨!public_figure=Alessandro Manzoni⟩ è l'autore de ⟨!title=I promessi sposi⟩.
@@ cat=pub kind=ops_ids lang=it
La fattura ⟨!invoice_no⟩ di ⟨!amount⟩ scade il ⟨!event_date⟩.
@@ cat=pub kind=places_named lang=nl
Het ⟨!place=Anne Frank Huis⟩ is op ⟨!event_date⟩ gesloten.
@@ cat=pub kind=general_knowledge lang=nl
⟨!public_figure=Johan Cruijff⟩ werd op ⟨!public_dob=25 april 1947⟩ in ⟨!place=Amsterdam⟩ geboren.
@@ cat=pub kind=ops_ids lang=nl
Uw pakket met trackingcode ⟨!tracking_no⟩ wordt vandaag bezorgd tussen ⟨!time⟩ en ⟨!time⟩.
@@ cat=pub kind=places_named lang=pt loc=pt
O ⟨!place=Aeroporto Humberto Delgado⟩ teve voos cancelados por causa do nevoeiro.
@@ cat=pub kind=general_knowledge lang=pt loc=br
⟨!public_figure=Machado de Assis⟩ foi o primeiro presidente da Academia Brasileira de Letras.
@@ cat=pub kind=ops_ids lang=pt
Seu pedido ⟨!order_id⟩ saiu para entrega. Código de rastreio: ⟨!tracking_no⟩.
@@ cat=pub kind=general_knowledge lang=pl
⟨!public_figure=Maria Skłodowska-Curie⟩ urodziła się w ⟨!place=Warszawie⟩.
@@ cat=pub kind=ops_ids lang=pl
Przesyłka ⟨!tracking_no⟩ czeka w paczkomacie do ⟨!event_date⟩.
@@ cat=pub kind=places_named lang=pl
Tramwaje nie kursują ulicą ⟨!place=Jana Pawła II⟩ do ⟨!event_date⟩.
@@ cat=pub kind=places_named lang=tr
⟨!place=Atatürk Havalimanı⟩ 2019'da yolcu uçuşlarına kapandı.
@@ cat=pub kind=ops_ids lang=tr
Siparişiniz ⟨!order_id⟩ kargoya verildi, takip no: ⟨!tracking_no⟩.
@@ cat=pub kind=general_knowledge lang=tr
⟨!public_figure=Orhan Pamuk⟩ 2006'da Nobel Edebiyat Ödülü'nü kazandı.
@@ cat=pub kind=places_named lang=id
Penerbangan dari Bandara ⟨!place=Soekarno-Hatta⟩ tertunda karena hujan deras.
@@ cat=pub kind=ops_ids lang=id
Pesanan ⟨!order_id⟩ sudah dikirim, nomor resi ⟨!tracking_no⟩.
@@ cat=pub kind=general_knowledge lang=id
⟨!public_figure=Pramoedya Ananta Toer⟩ menyusun ⟨!title=Bumi Manusia⟩ saat diasingkan di Pulau Buru.
'''

FRAMES_SEC = r'''
@@ cat=sec kind=slack_thread loc=en
@⟨G1⟩ the staging db password is ⟨K:pw⟩, please don't paste it in #general again 🙏
xoxb token for the standup bot: ⟨K:slack_bot⟩ (scoped to #standup only, don't reuse it)
⟨G1⟩⏎app-level token for socket mode: ⟨K:slack_app⟩, the bot token is in ⟨!brand=1Password|Bitwarden⟩
here's the incoming webhook for #alerts, don't share outside the team: ⟨K:slack_hook⟩
@@ cat=sec kind=env_file loc=en
AWS_ACCESS_KEY_ID=⟨K:aws_id⟩⏎AWS_SECRET_ACCESS_KEY=⟨K:aws_secret⟩⏎AWS_DEFAULT_REGION=⟨!region⟩
OPENAI_API_KEY=⟨K:openai⟩⏎ANTHROPIC_API_KEY=⟨K:anthropic⟩
SLACK_USER_TOKEN=⟨K:slack_user⟩⏎LOG_LEVEL=info
STRIPE_WEBHOOK_SECRET=⟨K:whsec⟩⏎# publishable key is fine to ship in the app: ⟨!publishable_key⟩
SENDGRID_API_KEY=⟨K:sendgrid⟩⏎MAIL_FROM=⟨!org_email⟩
@@ cat=sec kind=shell loc=en
$ curl https://api.openai.com/v1/models -H "Authorization: Bearer ⟨K:openai⟩"
mysql -h ⟨!private_ip⟩ -u reporting -p⟨K:pw_shell⟩ analytics
docker login ⟨!registry=registry.gitlab.com|ghcr.io|quay.io⟩ -u ci-bot -p ⟨K:pw_shell⟩
kubectl create secret generic api-creds --from-literal=HF_TOKEN=⟨K:hf⟩
git remote set-url origin https://oauth2:⟨K:glpat⟩@gitlab.com/⟨!repo⟩.git
@@ cat=sec kind=commit_msg loc=en
Remove leaked token (⟨K:ghp⟩) from deploy.sh — already rotated, see ⟨!ticket_id⟩
@@ cat=sec kind=config loc=en
[smtp]⏎host = smtp.⟨!dom⟩⏎user = noreply⏎password = ⟨K:pw⟩
[default]⏎aws_access_key_id = ⟨K:aws_id⟩⏎aws_secret_access_key = ⟨K:aws_secret⟩
[pypi]⏎  username = __token__⏎  password = ⟨K:pypi⟩
//registry.npmjs.org/:_authToken=⟨K:npm⟩
provider "digitalocean" {⏎  token = "⟨K:do⟩"⏎}
github:⏎  token: ⟨K:gh_pat⟩⏎  org: ⟨!org_slug⟩
integrations:⏎  linear: ⟨K:linear⟩⏎  postman: ⟨K:postman⟩
@@ cat=sec kind=conn_string loc=en
DATABASE_URL=postgres://app_user:⟨K:pw_url⟩@db.⟨!internal_host⟩:5432/orders
Server=tcp:sql-prod-01.database.windows.net,1433;Database=crm;User ID=crm_admin;Password=⟨K:pw_conn⟩;Encrypt=True;
DefaultEndpointsProtocol=https;AccountName=⟨!account_name=prodassets01|mediastore7⟩;AccountKey=⟨K:azure⟩;EndpointSuffix=core.windows.net
mongodb+srv://reporting:⟨K:pw_url⟩@cluster0.⟨!mongohash⟩.mongodb.net/?retryWrites=true&w=majority
@@ cat=sec kind=private_key loc=en
found this in the repo root, is it ours?⏎⟨K:pem_ec⟩
$ cat ~/.ssh/id_ed25519⏎⟨K:ssh_ed⟩
@@ cat=sec kind=ai_prompt loc=en
Why does this fail? client = anthropic.Anthropic(api_key="⟨K:anthropic⟩")
my stripe key ⟨K:stripe⟩ keeps returning 401, what am I doing wrong?
Here's my .env, why does Twilio reject it? TWILIO_ACCOUNT_SID=⟨!account_sid⟩ TWILIO_AUTH_TOKEN=⟨K:hex32⟩
Can you decode this and tell me when it expires? ⟨K:jwt⟩
@@ cat=sec kind=log_line loc=en
DEBUG outgoing headers: {'Authorization': 'Bearer ⟨K:jwt⟩', 'Accept': 'application/json'}
⟨!timestamp⟩ INFO telegram bot started token=⟨K:telegram⟩
@@ cat=sec kind=email loc=en
Hi ⟨G1⟩, the Wi-Fi at the offsite is "⟨!ssid=Harbourview-Guest|Lakehouse_5G|Boardroom-2.4⟩", password ⟨K:pw⟩. See you there!
@@ cat=sec kind=support_ticket loc=en
Customer pasted their login into chat: username ⟨E1⟩ / password ⟨K:pw⟩. Told them to change it straight away.
IT helpdesk: reset ⟨P1⟩'s VPN password to ⟨K:pw⟩ and read it out over the phone.
@@ cat=sec kind=sms loc=en
Your temporary password is ⟨K:pw⟩. You'll be asked to change it when you sign in.
@@ cat=sec kind=code_review loc=en
You've committed a SendGrid key in settings.py line 42: ⟨K:sendgrid⟩ — please revoke it.
ALERTS_URL = "⟨K:discord_hook⟩"  # TODO move to env
@@ cat=sec kind=json loc=en
{"shopify": {"shop": "⟨!org_slug⟩.myshopify.com", "access_token": "⟨K:shopify⟩"}}
@@ cat=sec kind=chat lang=de
Das WLAN-Passwort für den Seminarraum lautet ⟨K:pw⟩ – bitte nicht weitergeben.
@@ cat=sec kind=email lang=fr
Voici le mot de passe provisoire du compte admin : ⟨K:pw⟩ (à changer dès la première connexion).
@@ cat=sec kind=chat lang=es
Te paso la clave de producción: ⟨K:stripe⟩, no la subas al repo porfa
@@ cat=sec kind=chat lang=it
La password del gestionale è ⟨K:pw⟩, utente ⟨!user=magazzino|segreteria⟩.
@@ cat=sec kind=chat lang=nl
Token voor de deploy-pipeline: ⟨K:ghp⟩ — verloopt over 30 dagen.
@@ cat=sec kind=sms lang=pt loc=br
senha do wifi da loja: ⟨K:pw⟩
@@ cat=sec kind=chat lang=pl
Hasło do panelu: ⟨K:pw⟩, login: admin. Nie wysyłaj go mailem.
@@ cat=sec kind=chat lang=tr
Sunucu şifresi ⟨K:pw⟩, kullanıcı adı root. Kimseyle paylaşma.
@@ cat=sec kind=chat lang=id
API key produksi: ⟨K:generic_any⟩, tolong jangan di-commit ya
'''


# ----------------------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------------------
EN_LOCALES = [("us", 22), ("uk", 20), ("in", 10), ("au", 9), ("ca", 8), ("ie", 7), ("ng", 6), ("za", 5), ("sg", 5),
              ("ph", 4), ("nz", 2), ("ke", 2)]
LANG_LOCALES = {"de": [("de", 1)], "fr": [("fr", 1)], "es": [("es", 3), ("mx", 1)], "it": [("it", 1)], "nl": [("nl", 1)],
                "pt": [("pt", 1), ("br", 1)], "pl": [("pl", 1)], "tr": [("tr", 1)], "id": [("id", 1)]}


def parse_frames():
    frames, cur, counters, seen = [], None, collections.Counter(), set()
    for block in (FRAMES_PER, FRAMES_PER_XX, FRAMES_PUB, FRAMES_SEC):
        for line in block.split("\n"):
            if not line.strip():
                continue
            if line.startswith("@@"):
                cur = dict(x.split("=", 1) for x in line[2:].split())
                continue
            lang = cur.get("lang", "en")
            key = (cur["cat"], cur["kind"], lang)
            counters[key] += 1
            fid = "%s-%s-%03d" % (cur["cat"], cur["kind"], counters[key]) if lang == "en" else \
                "%s-%s-%s-%03d" % (cur["cat"], cur["kind"], lang, counters[key])
            assert line not in seen, line
            assert line == line.strip(), repr(line)
            seen.add(line)
            frames.append({"id": fid, "cat": cur["cat"], "kind": cur["kind"], "lang": lang,
                           "loc": cur.get("loc"), "text": line})
    return frames


def pick_locale(r, fr):
    loc, lang = fr["loc"], fr["lang"]
    if loc is None or loc == "en":
        return wpick(r, EN_LOCALES) if lang == "en" else wpick(r, LANG_LOCALES[lang])
    opts = loc.split(",")
    if lang == "en":
        w = dict(EN_LOCALES)
        return wpick(r, [(o, w.get(o, 3)) for o in opts])
    return r.choice(opts)


class TooLong(Exception):
    pass


def build():
    r = random.Random(SEED)
    frames = parse_frames()
    docs, uses = [], collections.Counter()
    for cat in ("per", "pub", "sec"):
        fl = [f for f in frames if f["cat"] == cat]
        n = N_CAT[cat]
        assert 2 * len(fl) <= n <= 3 * len(fl), (cat, len(fl), n)
        order = []
        while len(order) < n:
            cp = fl[:]
            r.shuffle(cp)
            order += cp
        for f in order[:n]:
            for attempt in range(60):
                loc = pick_locale(r, f)
                doc = render(r, f, loc, f["lang"])
                if len("".join(doc.parts)) > MAX_CHARS:
                    continue
                text, spans, decoys = doc.finish(f["id"])
                break
            else:
                raise TooLong(f["id"])
            has_pii = any(s["type"] in PII for s in spans)
            has_sec = any(s["type"] in SECRET for s in spans)
            sens = "secret" if has_sec else ("personal" if has_pii else "public")
            assert sens == {"per": "personal", "pub": "public", "sec": "secret"}[cat], (f["id"], text)
            uses[f["id"]] += 1
            docs.append({"text": text, "spans": spans, "decoys": decoys, "kind": f["kind"], "locale": loc,
                         "lang": f["lang"], "sensitivity": sens, "has_pii": has_pii, "has_secret": has_sec,
                         "frame": f["id"]})
    assert all(2 <= uses[f["id"]] <= 3 for f in frames)
    r.shuffle(docs)
    out = []
    for i, dd in enumerate(docs, 1):
        o = {"id": "fr6-%05d" % i}
        o.update(dd)
        out.append(o)
    for o in out:
        for s in o["spans"]:
            v = s["value"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif s["type"] == "IBAN_CODE":
                assert iban_valid(v), v
            elif s["type"] == "UK_NHS":
                assert nhs_ok(v), v
            elif s["type"] == "US_SSN":
                a = int(v[:3])
                assert 0 < a < 900 and a != 666, v
            elif s["type"] == "PHONE_NUMBER":
                dg = re.sub(r"\D", "", v)
                assert "555" != dg[-7:-4] or not v.replace(" ", "").startswith(("(", "1", "+1")), v
                assert not dg.startswith(("07700900", "447700900")), v
    return frames, out, uses


def write(out):
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    return hashlib.md5(buf.getvalue()).hexdigest()


def stats(frames, out, uses, md5):
    C = collections.Counter
    pr = print
    pr("documents: %d" % len(out))
    pr("sensitivity:", dict(sorted(C(o["sensitivity"] for o in out).items())))
    fc = C(f["cat"] for f in frames)
    pr("frames: %d (%s); used twice %d, three times %d; non-English frames %d" % (
        len(frames), ", ".join("%s %d" % kv for kv in sorted(fc.items())), sum(1 for v in uses.values() if v == 2),
        sum(1 for v in uses.values() if v == 3), sum(1 for f in frames if f["lang"] != "en")))
    st = C(s["type"] for o in out for s in o["spans"])
    pr("PII spans: %d  secret spans: %d  decoys: %d" % (sum(v for k, v in st.items() if k in PII),
                                                        sum(v for k, v in st.items() if k in SECRET),
                                                        sum(len(o["decoys"]) for o in out)))
    pr("span types:", ", ".join("%s %d" % kv for kv in st.most_common()))
    pr("decoy kinds:", ", ".join("%s %d" % kv for kv in C(dd["kind"] for o in out for dd in o["decoys"]).most_common()))
    pr("kinds:", ", ".join("%s %d" % kv for kv in C(o["kind"] for o in out).most_common()))
    lc = C(o["lang"] for o in out)
    pr("languages:", ", ".join("%s %d" % kv for kv in lc.most_common()), "(non-English %d)" % (len(out) - lc["en"]))
    pr("non-English by sensitivity:", dict(C(o["sensitivity"] for o in out if o["lang"] != "en")))
    pr("locales:", ", ".join("%s %d" % kv for kv in C(o["locale"] for o in out).most_common()))
    per = [o for o in out if o["sensitivity"] == "personal"]
    pr("personal docs by number of spans:", dict(sorted(C(min(len(o["spans"]), 5) for o in per).items())))
    persons = [s["value"] for o in out for s in o["spans"] if s["type"] == "PERSON"]
    pr("PERSON spans: %d; one word %d; all lower %d; all upper %d; with diacritics %d; with particle/hyphen/apostrophe %d"
       % (len(persons), sum(1 for p in persons if " " not in p), sum(1 for p in persons if p == p.lower()),
          sum(1 for p in persons if p == p.upper()), sum(1 for p in persons if is_d(p)),
          sum(1 for p in persons if is_x(p) or "-" in p or "'" in p)))
    ws = set(WORD_GIVEN + WORD_GIVEN_AFRICA + WORD_SURNAME)
    pr("PERSON spans containing a word-name: %d" % sum(1 for p in persons if any(t in ws for t in p.split())))
    pr("personal docs with only given-name PERSON spans: %d" % sum(
        1 for o in per if o["spans"] and all(s["type"] == "PERSON" and " " not in s["value"] for s in o["spans"])))
    pr("multi-line spans: %d" % sum(1 for o in out for s in o["spans"] if "\n" in s["value"]))
    ls = [len(o["text"]) for o in out]
    pr("chars: max %d, mean %.0f" % (max(ls), sum(ls) / len(ls)))
    pr("public docs with >=1 decoy: %d" % sum(1 for o in out if o["sensitivity"] == "public" and o["decoys"]))
    pr("md5 %s  %s" % (md5, os.path.relpath(OUT)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    frames, out, uses = build()
    md5 = write(out)
    if a.stats:
        stats(frames, out, uses, md5)
    else:
        print("wrote %s (%d documents), md5 %s" % (OUT, len(out), md5))


if __name__ == "__main__":
    main()
